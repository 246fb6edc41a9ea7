import type { Db } from './db/database.ts';
import type { MailContext } from './mail/mailer.ts';
import type { Survey } from './survey/schema.ts';

/**
 * The app context: what the app is built from (the database, the loaded surveys, the mailer and the clock).
 * Made once at start (services/bootstrap.ts) or by a test, then passed to createApp, every route
 * and every service. It lives at the top, so auth/, http/ and services/ can all take it without
 * importing one another.
 */
export interface AppContext {
  db: Db;
  surveys: Map<string, Survey>;
  /** Sends e-mail (SMTP or the outbox folder) with links to baseUrl. */
  mail: MailContext;
  now: () => Date;
}

/** The same as AppContext, under the name most of the code uses for its `s` parameter. */
export type Services = AppContext;

export const isoNow = (s: AppContext): string => s.now().toISOString();
