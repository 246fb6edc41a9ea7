import { expect } from 'vitest';
import type { Session } from './context.ts';
import { $ } from './context.ts';
import { WAVE } from './wave.ts';

export { WAVE };

export const themeUrl = (org: string, theme: string) => `/vragenlijst/${WAVE}/${org}/thema/${theme}`;

/** Reads the hidden version field of a theme page, as a browser would post it back. */
export async function themeVersion(s: Session, org: string, theme: string): Promise<number> {
  const page = await s.agent.get(themeUrl(org, theme));
  return Number($(page.text)('input[name="version"]').val());
}

/** Posts a theme form like a browser without JavaScript (urlencoded, repeated keys for checkboxes). */
export async function postTheme(s: Session, org: string, theme: string, fields: Record<string, string | string[]>, opts: { version?: number; actie?: string } = {}) {
  const version = opts.version ?? (await themeVersion(s, org, theme));
  const body = new URLSearchParams();
  body.append('_csrf', s.csrf);
  body.append('version', String(version));
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  if (opts.actie) body.append('actie', opts.actie);
  return s.agent.post(themeUrl(org, theme)).type('form').send(body.toString());
}

export type ThemeForms = Record<string, Record<string, string | string[]>>;

/** Every required gemeente answer of the 2024 questionnaire, per theme, as a browser posts it. */
export const COMPLETE_GEMEENTE: ThemeForms = {
  reikwijdte: { 'gemeente.reikwijdte.01': 'ja' },
  'aanpalende-domeinen': { 'gemeente.aanpalende-domeinen.01': 'nee', 'gemeente.aanpalende-domeinen.02': 'ja' },
  'lokale-teams': {
    'gemeente.lokale-teams.01': 'ja', 'gemeente.lokale-teams.02': 'ja', 'gemeente.lokale-teams.03': 'nee',
    'gemeente.lokale-teams.04': 'ja', 'gemeente.lokale-teams.05': 'ja',
    'gemeente.lokale-teams.06': ['0_18jr_lokale_teams', 'generalistisch_team'],
    'gemeente.lokale-teams.10': '1250000,50',
  },
  residentieel: { 'gemeente.residentieel.01': 'mee_bezig' },
  'eenvoudiger-uitvoering': {
    'gemeente.eenvoudiger-uitvoering.01': 'ja', 'gemeente.eenvoudiger-uitvoering.02': 'ja', 'gemeente.eenvoudiger-uitvoering.03': 'nee',
  },
  beleving: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((i) => [`gemeente.beleving.0${i}`, 'halverwege'])),
};

/** Posts every theme's form in turn; each must be saved (303, on to the next theme). */
export async function fillInThemes(s: Session, org: string, forms: ThemeForms = COMPLETE_GEMEENTE): Promise<void> {
  for (const [theme, fields] of Object.entries(forms)) expect((await postTheme(s, org, theme, fields)).status, theme).toBe(303);
}
