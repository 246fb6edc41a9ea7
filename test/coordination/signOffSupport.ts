import { grantSignOff } from '../support/arrange.ts';
import { $, type Session, type TestContext } from '../support/context.ts';
import { postTheme, WAVE } from '../support/forms.ts';

/** Sign-off inside the organisation (issue 16, point 7): what its tests share. */
export const ORG = 'GM0363';
export const base = `/vragenlijst/${WAVE}/${ORG}`;

/** Every required question of a gemeente answered, theme by theme, as the forms post them. */
export const complete: Record<string, Record<string, string | string[]>> = {
  reikwijdte: { 'gemeente.reikwijdte.01': 'ja' },
  'aanpalende-domeinen': { 'gemeente.aanpalende-domeinen.01': 'nee', 'gemeente.aanpalende-domeinen.02': 'ja' },
  'lokale-teams': {
    'gemeente.lokale-teams.01': 'ja', 'gemeente.lokale-teams.02': 'ja', 'gemeente.lokale-teams.03': 'nee',
    'gemeente.lokale-teams.04': 'ja', 'gemeente.lokale-teams.05': 'ja', 'gemeente.lokale-teams.06': ['0_18jr_lokale_teams', 'generalistisch_team'],
    'gemeente.lokale-teams.10': '1250000,50',
  },
  residentieel: { 'gemeente.residentieel.01': 'mee_bezig' },
  'eenvoudiger-uitvoering': { 'gemeente.eenvoudiger-uitvoering.01': 'ja', 'gemeente.eenvoudiger-uitvoering.02': 'ja', 'gemeente.eenvoudiger-uitvoering.03': 'nee' },
  beleving: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((i) => [`gemeente.beleving.0${i}`, 'halverwege'])),
};

/** Fills in every theme through the pages (no JavaScript). */
export async function fillIn(s: Session, org = ORG): Promise<void> {
  for (const [theme, fields] of Object.entries(complete)) {
    const res = await postTheme(s, org, theme, fields);
    if (res.status !== 303) throw new Error(`saving ${theme} failed: ${res.status}`);
  }
}

/** An account with the role 'vaststeller' (arrangement; the pages that grant it have their own test). */
export async function addVaststeller(ctx: TestContext, email: string, org = ORG): Promise<number> {
  return grantSignOff(ctx.services, await ctx.addUser(email, 'respondent', org));
}

/** Posts the wave form as a beheerder would, with every field as the page shows it and the sign-off choice. */
export async function setSignOff(admin: Session, opts: { required: boolean; fourEyes: boolean }, wave = WAVE) {
  const page = $((await admin.agent.get(`/beheer/rondes/${wave}`)).text);
  const body = new URLSearchParams();
  page('form.form input, form.form select').each((_i, el) => {
    const e = page(el);
    const name = e.attr('name');
    const type = e.attr('type');
    if (!name || name === 'signOffRequired' || name === 'signOffFourEyes') return;
    if ((type === 'radio' || type === 'checkbox') && e.attr('checked') === undefined) return;
    body.append(name, String(e.val() ?? ''));
  });
  if (opts.required) body.append('signOffRequired', 'ja');
  if (opts.fourEyes) body.append('signOffFourEyes', 'ja');
  return admin.agent.post(`/beheer/rondes/${wave}`).type('form').send(body.toString());
}

/** The start page's status block, as one line of text. */
export const statusText = async (s: Session, url = base) => $((await s.agent.get(url)).text)('#status').text().replace(/\s+/g, ' ');
