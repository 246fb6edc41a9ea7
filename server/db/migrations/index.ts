import type { Migration } from 'kysely';
import * as initial from './2026_11_22_000000_initial.ts';
import * as coordination from './2026_11_23_000001_coordination.ts';
import * as apiTokens from './2026_11_23_000002_api_tokens.ts';
import * as security from './2026_11_23_000003_security.ts';
import * as pendingUploads from './2026_12_01_000001_pending_uploads.ts';
import * as authAttempts from './2026_12_01_000002_auth_attempts.ts';
import * as surveyOrganisations from './2026_12_01_000003_survey_organisations.ts';
import * as waveComparison from './2026_12_01_000004_wave_comparison.ts';
import * as deadlineExtensions from './2026_12_01_000005_deadline_extensions.ts';
import * as contacts from './2026_12_01_000006_contacts.ts';
import * as reminderPlans from './2026_12_01_000007_reminder_plans.ts';
import * as signOff from './2026_12_01_000008_sign_off.ts';
import * as linkedWaves from './2026_12_01_000009_linked_waves.ts';
import * as sessionsPg from './2026_12_01_000010_sessions_pg.ts';
import * as answersByResponse from './2026_12_01_000011_answers_by_response.ts';

/** Static list (no directory scanning), so migrations work the same under tsx, vitest and bundlers. */
export const migrations: Record<string, Migration> = {
  '2026_11_22_000000_initial': initial,
  '2026_11_23_000001_coordination': coordination,
  '2026_11_23_000002_api_tokens': apiTokens,
  '2026_11_23_000003_security': security,
  '2026_12_01_000001_pending_uploads': pendingUploads,
  '2026_12_01_000002_auth_attempts': authAttempts,
  '2026_12_01_000003_survey_organisations': surveyOrganisations,
  '2026_12_01_000004_wave_comparison': waveComparison,
  '2026_12_01_000005_deadline_extensions': deadlineExtensions,
  '2026_12_01_000006_contacts': contacts,
  '2026_12_01_000007_reminder_plans': reminderPlans,
  '2026_12_01_000008_sign_off': signOff,
  '2026_12_01_000009_linked_waves': linkedWaves,
  '2026_12_01_000010_sessions_pg': sessionsPg,
  '2026_12_01_000011_answers_by_response': answersByResponse,
};
