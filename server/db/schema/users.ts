import type { Generated, Selectable, Updateable } from 'kysely';

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string | null;
  password_hash: string | null; // null until an invitation is accepted
  role: string; // respondent | coordinator | analyst | admin
  organisation_code: string | null;
  active: Generated<number>;
  totp_secret: string | null;
  totp_last_step: number | null;
  /** Raised by a password reset: sessions logged in under an older generation end. */
  session_generation: Generated<number>;
  /** 1: a respondent who may approve ('vaststellen') the organisation's response: the role 'vaststeller'. */
  sign_off: Generated<number>;
  created_at: string;
  last_login_at: string | null;
}

export type User = Selectable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
