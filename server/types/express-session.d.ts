import 'express-session';

declare module 'express-session' {
  interface SessionData {
    csrfToken?: string;
    flash?: { kind: 'success' | 'info' | 'error'; text: string }[];
    /** A form posted after the session expired, restored (unsaved) after login. */
    pendingForm?: { path: string; body: Record<string, unknown> };
    returnTo?: string;
  }
}
