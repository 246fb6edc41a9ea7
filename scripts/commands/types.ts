import type { OpenedDatabase } from '../../server/db/database.ts';
import type { Config } from '../../server/config.ts';
import type { Services } from '../../server/context.ts';

export interface CommandContext {
  action: string;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  services: Services;
  config: Config;
  database: OpenedDatabase;
}

export interface Command {
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  /** Returns the exit code. */
  run(ctx: CommandContext): Promise<number>;
}

/** A command that opens its own databases (copy-to-postgres): the configured one is not booted for it. */
export interface StandaloneCommand {
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  standalone: true;
  run(ctx: Pick<CommandContext, 'values' | 'positionals' | 'config'>): Promise<number>;
}
