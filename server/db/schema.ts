/**
 * Every table's row type, one file per concern under schema/; the `Database` interface kysely is typed with is
 * assembled here so that `db/schema.ts` stays the one import path.
 */
import type { OrganisationTable, SurveyActorKindTable } from './schema/organisations.ts';
import type { UserTable } from './schema/users.ts';
import type { WaveTable, DeadlineExtensionTable } from './schema/waves.ts';
import type { ResponseTable, ResponseEventTable } from './schema/responses.ts';
import type { AnswerTable, AnswerHistoryTable, CarriedAnswerTable } from './schema/answers.ts';
import type { AccountTokenTable, ApiTokenTable, LoginThrottleTable } from './schema/credentials.ts';
import type { MailMessageTable } from './schema/mail.ts';
import type { PendingUploadTable } from './schema/pendingUploads.ts';
import type { ReminderDeliveryTable, ReminderStepTable } from './schema/reminderPlans.ts';
import type { OrganisationContactTable } from './schema/contacts.ts';

export type { OrganisationTable, SurveyActorKindTable, Organisation, NewOrganisation } from './schema/organisations.ts';
export type { UserTable, User, UserUpdate } from './schema/users.ts';
export type { WaveTable, DeadlineExtensionTable, Wave, NewWave, DeadlineExtension } from './schema/waves.ts';
export type { ResponseTable, ResponseEventTable, ResponseRow } from './schema/responses.ts';
export type { AnswerTable, AnswerHistoryTable, AnswerHistoryRow } from './schema/answers.ts';
export type { AccountTokenTable, ApiTokenTable, LoginThrottleTable, AccountToken, ThrottleEntry } from './schema/credentials.ts';
export type { MailMessageTable, MailMessage } from './schema/mail.ts';
export type { PendingUploadTable } from './schema/pendingUploads.ts';
export type { ReminderStepTable, ReminderDeliveryTable, ReminderStep, ReminderDelivery } from './schema/reminderPlans.ts';
export type { OrganisationContactTable, OrganisationContact } from './schema/contacts.ts';

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
  reminder_steps: ReminderStepTable;
  reminder_deliveries: ReminderDeliveryTable;
  organisation_contacts: OrganisationContactTable;
  carried_answers: CarriedAnswerTable;
}
