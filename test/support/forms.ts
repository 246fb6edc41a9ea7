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
