import { backupCommand, restoreCommand } from './backup.ts';
import { copyToPostgresCommand } from './copyToPostgres.ts';
import { securityCommand } from './security.ts';
import { tokenCommand } from './token.ts';
import { responsesCommand } from './responses.ts';
import type { Command, StandaloneCommand } from './types.ts';
import { orgCommand } from './org.ts';
import { userCommand } from './user.ts';

/** One module per command group; each issue adds its own. */
export const commands: Record<string, Command | StandaloneCommand> = {
  user: userCommand,
  responses: responsesCommand,
  backup: backupCommand,
  restore: restoreCommand,
  security: securityCommand,
  token: tokenCommand,
  org: orgCommand,
  'copy-to-postgres': copyToPostgresCommand,
};
