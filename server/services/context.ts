import type { Db } from '../db/database.ts';
import type { Survey } from '../survey/schema.ts';

/** What the app is built from: passed to createApp and to every service. */
export interface Services {
  db: Db;
  surveys: Map<string, Survey>;
  now: () => Date;
}

export const isoNow = (s: Services): string => s.now().toISOString();
