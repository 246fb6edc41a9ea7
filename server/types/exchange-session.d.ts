import 'express-session';

/*
 * Nothing of the Excel and CSV exchange lives in the session: pending uploads are kept server-side
 * (table pending_uploads, server/services/upload/pending.ts) and only their token travels in the URL.
 * The session store refuses sessions above a few kilobytes (server/http/setUpSessions.ts).
 */
declare module 'express-session' {
  interface SessionData {
    /** Removed: sessions of before this change may still carry it; it is dropped on their next save. */
    exchangeUploads?: never;
  }
}
