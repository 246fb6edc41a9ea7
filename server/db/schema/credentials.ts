import type { Generated, Selectable } from 'kysely';

/** Single-use invitation and password-reset links (only the SHA-256 of the token is stored). */
export interface AccountTokenTable {
  id: Generated<number>;
  user_id: number;
  purpose: string; // uitnodiging | herstel
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
  created_by: number | null;
}

/** API tokens (Authorization: Bearer); only the SHA-256 hash of a token is stored. */
export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  label: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Failed logins per key ('account:<email>' or 'address:<ip>') in the current window. */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: string;
}

export type AccountToken = Selectable<AccountTokenTable>;
/** One login-throttle counter: failures in the window that started then (auth/throttle.ts decides on it). */
export type ThrottleEntry = Pick<Selectable<LoginThrottleTable>, 'failures' | 'window_started_at'>;
