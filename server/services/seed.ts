import { findOrganisation } from '../db/repos/organisations.ts';
import { findUserByEmail, insertUser } from '../db/repos/users.ts';
import { insertWaveIfMissing } from '../db/repos/waves.ts';
import { amsterdamDate } from '../domain/fieldwork.ts';
import { hashPassword } from '../auth/passwords.ts';
import { isoNow, type Services } from '../context.ts';
import type { Survey } from '../survey/schema.ts';

const addDays = (isoDate: string, days: number): string => {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * One wave per survey definition (its id and title are the survey's), created once, so every
 * survey in surveys/ runs side by side. In demo mode each wave is open from today for 60 days,
 * so a fresh install can be tried at once; otherwise it takes the definition's dates.
 * Year after year (issue 17): a definition that follows another (`previous`) is a next wave, which a
 * beheerder opens (Rondes); only demo mode opens it at start, with the wave before it closed on its
 * own dates, so movement and last year's answers can be tried at once.
 */
export async function ensureWaves(s: Services, demo: boolean): Promise<void> {
  const followed = new Set([...s.surveys.values()].flatMap((x) => (x.previous ? [x.previous.survey] : [])));
  for (const survey of s.surveys.values()) {
    if (survey.previous && !demo) continue;
    const today = amsterdamDate(s.now());
    const closedBefore = demo && followed.has(survey.id);
    const ownDates = !demo || closedBefore;
    await insertWaveIfMissing(s.db, {
      id: survey.id,
      survey_id: survey.id,
      title: survey.title,
      state: closedBefore ? 'gesloten' : 'open',
      opens_on: ownDates ? survey.fieldwork.opens : today,
      closes_on: ownDates ? survey.fieldwork.closes : addDays(today, 60),
      reference_date: survey.referenceDate,
      created_at: isoNow(s),
      previous_wave_id: survey.previous && s.surveys.has(survey.previous.survey) ? survey.previous.survey : null,
    });
  }
}

export interface DemoAccount {
  email: string;
  password: string;
  role: string;
  organisationCode: string | null;
  description: string;
  /** The role 'vaststeller' (issue 16, point 7): a respondent who may also approve. */
  signOff?: boolean;
}

export const DEMO_PASSWORD = 'demo-wachtwoord-2024';

/**
 * The respondents each definition lists (`demoRespondents`: a respondent per actor kind, two colleagues
 * of one gemeente in 2024) and the three staff roles, every one with the demo password.
 */
export function demoAccounts(surveys: Iterable<Survey>): DemoAccount[] {
  const byEmail = new Map<string, DemoAccount>();
  for (const survey of surveys) {
    for (const d of survey.demoRespondents) {
      if (byEmail.has(d.email)) continue;
      const account: DemoAccount = {
        email: d.email, password: DEMO_PASSWORD, role: 'respondent', organisationCode: d.organisation, description: d.description,
      };
      byEmail.set(d.email, d.signOff ? { ...account, signOff: true } : account);
    }
  }
  const staff = (email: string, role: string, description: string): DemoAccount =>
    ({ email, password: DEMO_PASSWORD, role, organisationCode: null, description });
  return [
    ...byEmail.values(),
    staff('coordinator@demo.nl', 'coordinator', 'coördinator'),
    staff('analist@demo.nl', 'analyst', 'analist'),
    staff('beheer@demo.nl', 'admin', 'beheerder'),
  ];
}

export async function ensureDemoAccounts(s: Services): Promise<DemoAccount[]> {
  const accounts = demoAccounts(s.surveys.values());
  // Hashed once, and only when an account is missing: a later start creates nothing and hashes nothing.
  let hash: Promise<string> | null = null;
  for (const a of accounts) {
    if (await findUserByEmail(s.db, a.email)) continue;
    if (a.organisationCode && !(await findOrganisation(s.db, a.organisationCode))) {
      throw new Error(`demoRespondents: ${a.email} hoort bij organisatie ${a.organisationCode}, die niet bestaat`);
    }
    hash ??= hashPassword(DEMO_PASSWORD);
    const user = { email: a.email, passwordHash: await hash, role: a.role, organisationCode: a.organisationCode, signOff: a.signOff };
    await insertUser(s.db, user, isoNow(s));
  }
  return accounts;
}
