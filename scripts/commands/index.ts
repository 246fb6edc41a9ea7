import type { Command } from './types.ts';
import { userCommand } from './user.ts';

/** One module per command group; each issue adds its own. */
export const commands: Record<string, Command> = {
  user: userCommand,
};
