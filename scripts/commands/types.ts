import type SQLite from 'better-sqlite3';
import type { Config } from '../../server/config.ts';
import type { Services } from '../../server/context.ts';

export interface CommandContext {
  action: string;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  services: Services;
  config: Config;
  sqlite: SQLite.Database;
}

export interface Command {
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  /** Returns the exit code. */
  run(ctx: CommandContext): Promise<number>;
}
