import { backupCommand, restoreCommand } from './backup.ts';
import { securityCommand } from './security.ts';
import { tokenCommand } from './token.ts';
import { responsesCommand } from './responses.ts';
import type { Command } from './types.ts';
import { orgCommand } from './org.ts';
import { userCommand } from './user.ts';

/** One module per command group; each issue adds its own. */
export const commands: Record<string, Command> = {
  user: userCommand,
  responses: responsesCommand,
  backup: backupCommand,
  restore: restoreCommand,
  security: securityCommand,
  token: tokenCommand,
  org: orgCommand,
};
