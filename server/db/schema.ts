import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface OrganisationTable {
  code: string; // CBS code (GM0363, JZ01) or national code (RIJK, VNG, …)
  name: string;
  actor_kind: string;
  province_code: string | null;
  province_name: string | null;
  region_code: string | null; // the youth-care region (JZxx) a gemeente belongs to
  inhabitants: number | null;
  contact_email: string | null;
  active: Generated<number>;
  created_at: string;
  updated_at: string;
}

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
  created_at: string;
  last_login_at: string | null;
}

export interface WaveTable {
  id: string;
  survey_id: string;
  title: string;
  state: string; // concept | open | gesloten
  opens_on: string; // YYYY-MM-DD, Europe/Amsterdam
  closes_on: string;
  reference_date: string;
  created_at: string;
  /** 1: respondents may compare themselves with another organisation by name; 0: switched off (default 1). */
  named_comparison: Generated<number>;
}

export interface ResponseTable {
  id: Generated<number>;
  wave_id: string;
  organisation_code: string;
  state: string; // concept | ingediend
  version: Generated<number>;
  submitted_at: string | null;
  submitted_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface AnswerTable {
  response_id: number;
  field_id: string;
  value: string; // JSON
  updated_at: string;
  updated_by: number | null;
}

/** Append-only: every change of every answer. */
export interface AnswerHistoryTable {
  id: Generated<number>;
  response_id: number;
  field_id: string;
  old_value: string | null;
  new_value: string | null;
  version: number;
  user_id: number | null;
  channel: string; // web | api | excel | import | system
  changed_at: string;
}

export interface ResponseEventTable {
  id: Generated<number>;
  response_id: number;
  event: string; // ingediend | heropend
  user_id: number | null;
  at: string;
}

/** Failed logins per key ('account:<email>' or 'address:<ip>') in the current window. */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_started_at: string;
}

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

/** Every e-mail sent or written to the outbox (invitations, resets, reminders). */
export interface MailMessageTable {
  id: Generated<number>;
  kind: string; // uitnodiging | herstel | herinnering
  to_address: string;
  subject: string;
  body_text: string;
  organisation_code: string | null;
  user_id: number | null;
  wave_id: string | null;
  sent_by: number | null;
  transport: string; // smtp | outbox
  status: string; // verzonden | mislukt
  error: string | null;
  outbox_file: string | null;
  created_at: string;
}

/** An upload waiting for confirmation (offline workbook, bulk or organisation import); never in the session. */
export interface PendingUploadTable {
  token: string;
  user_id: number;
  kind: string; // offline | bulk | organisations
  payload: string; // JSON
  bytes: number;
  created_at: string;
  expires_at: string;
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

/** The actor kinds a survey's definition lists, copied at start-up: its organisations are those of these kinds. */
export interface SurveyActorKindTable {
  survey_id: string;
  actor_kind: string;
  position: number;
  part_of: string | null;
}

/** A later closing date for one organisation in one wave (append-only; the newest grant counts). */
export interface DeadlineExtensionTable {
  id: Generated<number>;
  wave_id: string;
  organisation_code: string;
  closes_on: string; // YYYY-MM-DD, Europe/Amsterdam: the last day this organisation may answer
  reason: string;
  granted_by: number | null;
  granted_at: string;
}

export interface Database {
  organisations: OrganisationTable;
  survey_actor_kinds: SurveyActorKindTable;
  users: UserTable;
  waves: WaveTable;
  responses: ResponseTable;
  answers: AnswerTable;
  answer_history: AnswerHistoryTable;
  response_events: ResponseEventTable;
  api_tokens: ApiTokenTable;
  account_tokens: AccountTokenTable;
  mail_messages: MailMessageTable;
  pending_uploads: PendingUploadTable;
  login_throttle: LoginThrottleTable;
  deadline_extensions: DeadlineExtensionTable;
}

export type Organisation = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type User = Selectable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type Wave = Selectable<WaveTable>;
export type NewWave = Insertable<WaveTable>;
export type ResponseRow = Selectable<ResponseTable>;
export type AnswerHistoryRow = Selectable<AnswerHistoryTable>;
export type AccountToken = Selectable<AccountTokenTable>;
export type MailMessage = Selectable<MailMessageTable>;
/** One login-throttle counter: failures in the window that started then (auth/throttle.ts decides on it). */
export type ThrottleEntry = Pick<Selectable<LoginThrottleTable>, 'failures' | 'window_started_at'>;
export type DeadlineExtension = Selectable<DeadlineExtensionTable>;
