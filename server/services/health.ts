import { pingDatabase } from '../db/repos/health.ts';
import type { Services } from '../context.ts';

/** Whether the database answers (GET /healthz); throws when it does not. */
export const checkDatabase = (s: Services): Promise<void> => pingDatabase(s.db);
