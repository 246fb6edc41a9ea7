import 'express-session';

declare module 'express-session' {
  interface SessionData {
    /** Password accepted, second factor still to come (see server/routes/auth.ts). */
    totpPending?: { userId: number; email: string; since: string };
    /** A new TOTP key shown on the account page, until the user confirms it with a code. */
    totpSetup?: { secret: string };
  }
}
