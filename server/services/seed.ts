import { findUserByEmail, insertUser } from '../db/repos/users.ts';
import { insertWaveIfMissing } from '../db/repos/waves.ts';
import { amsterdamDate } from '../domain/fieldwork.ts';
import { hashPassword } from '../auth/passwords.ts';
import { isoNow, type Services } from '../context.ts';

const addDays = (isoDate: string, days: number): string => {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * One wave per survey definition (its id and title are the survey's), created once, so every
 * survey in surveys/ runs side by side. In demo mode each wave is open from today for 60 days,
 * so a fresh install can be tried at once; otherwise it takes the definition's dates.
 */
export async function ensureWaves(s: Services, demo: boolean): Promise<void> {
  for (const survey of s.surveys.values()) {
    const today = amsterdamDate(s.now());
    await insertWaveIfMissing(s.db, {
      id: survey.id,
      survey_id: survey.id,
      title: survey.title,
      state: 'open',
      opens_on: demo ? today : survey.fieldwork.opens,
      closes_on: demo ? addDays(today, 60) : survey.fieldwork.closes,
      reference_date: survey.referenceDate,
      created_at: isoNow(s),
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

/** A respondent per actor kind of every survey, two colleagues of one gemeente, and the three staff roles. */
export function demoAccounts(): DemoAccount[] {
  const r = (email: string, org: string, description: string): DemoAccount => ({
    email,
    password: DEMO_PASSWORD,
    role: 'respondent',
    organisationCode: org,
    description,
  });
  const list: DemoAccount[] = [
    r('gemeente@demo.nl', 'GM0363', 'respondent gemeente Amsterdam'),
    r('collega@demo.nl', 'GM0363', 'tweede respondent gemeente Amsterdam (collega)'),
    { ...r('vaststeller@demo.nl', 'GM0363', 'vaststeller gemeente Amsterdam'), signOff: true },
    r('regio@demo.nl', 'JZ13', 'respondent jeugdhulpregio'),
    r('rijk@demo.nl', 'RIJK', 'respondent Rijk'),
    r('vng@demo.nl', 'VNG', 'respondent VNG'),
    r('bgzj@demo.nl', 'BGZJ', 'respondent BGZJ'),
    r('sbj@demo.nl', 'SBJ', 'respondent SBJ'),
    r('kbl@demo.nl', 'KBL', 'respondent KBL'),
    // The second survey (transformation plans 2018) has its own organisations: TP1813 is Amsterdam-Amstelland.
    r('regio2018@demo.nl', 'TP1813', 'respondent jeugdzorgregio Amsterdam-Amstelland (2018)'),
    { email: 'coordinator@demo.nl', password: DEMO_PASSWORD, role: 'coordinator', organisationCode: null, description: 'coördinator' },
    { email: 'analist@demo.nl', password: DEMO_PASSWORD, role: 'analyst', organisationCode: null, description: 'analist' },
    { email: 'beheer@demo.nl', password: DEMO_PASSWORD, role: 'admin', organisationCode: null, description: 'beheerder' },
  ];
  return list;
}

export async function ensureDemoAccounts(s: Services): Promise<DemoAccount[]> {
  const accounts = demoAccounts();
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const a of accounts) {
    if (await findUserByEmail(s.db, a.email)) continue;
    const user = { email: a.email, passwordHash: hash, role: a.role, organisationCode: a.organisationCode, signOff: a.signOff };
    await insertUser(s.db, user, isoNow(s));
  }
  return accounts;
}
