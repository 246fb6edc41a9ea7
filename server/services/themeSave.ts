import type { AnswerValue } from '../questions/index.ts';
import { fieldMap } from '../survey/model.ts';
import type { ResponseView } from './responseView.ts';
import { saveAnswers, type SaveResult } from './saveAnswers.ts';
import type { Services } from '../context.ts';

/** Names of the hidden fields a theme form carries besides the answers. */
export const BASES_FIELD = 'bases';
export const CONFLICTS_FIELD = 'conflicten';
export const choiceField = (fieldId: string) => `keuze.${fieldId}`;

/** Only the fields of this theme, from a urlencoded body; a missing field (checkbox group, disabled follow-up) means empty. */
export function themeInput(v: ResponseView, theme: string, body: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [id, f] of fieldMap(v.survey, v.organisation.actor_kind)) {
    if (f.question.theme === theme) input[id] = body[id] ?? null;
  }
  return input;
}

/** The per-field values the page was rendered with (a JSON object in one hidden field); absent or broken = none. */
export function postedBases(body: Record<string, unknown>): Record<string, AnswerValue | null> | undefined {
  const raw = body[BASES_FIELD];
  if (typeof raw !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, AnswerValue | null>) : undefined;
  } catch {
    return undefined;
  }
}

export interface ThemeSave {
  result: SaveResult;
  input: Record<string, unknown>;
  bases: Record<string, AnswerValue | null> | undefined;
  /** Conflicts shown earlier on which the user has not chosen yet. */
  undecided: string[];
}

/**
 * A theme page's form post: per-field bases, the conflict choices ('collega' keeps the stored value,
 * 'mijn' writes the user's against the colleague's value it was shown), follow-ups that do not apply dropped.
 */
export async function saveThemeForm(
  s: Services, v: ResponseView, theme: string, body: Record<string, unknown>, user: { id: number; channel: string },
): Promise<ThemeSave> {
  const input = themeInput(v, theme, body);
  const bases = postedBases(body);
  const shown = typeof body[CONFLICTS_FIELD] === 'string' ? (body[CONFLICTS_FIELD] as string).split(' ').filter((id) => id in input) : [];
  const undecided: string[] = [];
  for (const id of shown) {
    const choice = body[choiceField(id)];
    if (choice === 'collega') delete input[id];
    else if (choice !== 'mijn') undecided.push(id);
  }
  const baseVersion = Number.isInteger(Number(body.version)) ? Number(body.version) : v.version;
  const result = await saveAnswers(s, {
    waveId: v.wave.id, orgCode: v.organisation.code, target: v, userId: user.id, baseVersion, bases,
    input, mode: 'form', theme, channel: user.channel, partial: true, ignoreNotApplicable: true, hold: undecided,
  });
  return { result, input, bases, undecided };
}
