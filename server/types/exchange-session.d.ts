import 'express-session';
import type { PendingUpload } from '../routes/exchange/pending.ts';

declare module 'express-session' {
  interface SessionData {
    /** Parsed uploads waiting for confirmation, by token (see server/routes/exchange/pending.ts). */
    exchangeUploads?: Record<string, PendingUpload>;
  }
}
