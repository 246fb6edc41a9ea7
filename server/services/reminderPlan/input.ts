import { stepDate, stepDateProblem } from '../../domain/reminderSchedule.ts';
import type { Wave } from '../../db/schema.ts';
import { messages } from '../../messages.ts';
import { formatDateNl } from '../../presenters/format.ts';
import { validateReminder } from '../coordination/reminderInput.ts';

/** A plan step as the coordinator typed it (field names as in the form). */
export interface StepInput {
  dagen: string;
  states: string[];
  subject: string;
  text: string;
}

export const planStates = ['niet-gestart', 'bezig'] as const;

const m = messages.reminderPlan;

/**
 * Checks a step against its wave and today: a whole number of days, a day not after the closing
 * date, not before the opening, not in the past, not twice; an audience; the reminder texts'
 * own checks. Returns the days when all is well, or the errors per field.
 */
export function checkStep(
  input: StepInput, wave: Wave, now: Date, otherDays: number[],
): { ok: true; days: number } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const raw = input.dagen.trim();
  let days = NaN;
  if (!raw) errors.dagen = m.daysMissing;
  else if (!/^[-−]?\d{1,6}$/.test(raw)) errors.dagen = m.daysNotNumber(raw);
  else {
    days = Number(raw.replace('−', '-'));
    const problem = stepDateProblem(wave, days, now);
    const date = formatDateNl(stepDate(wave.closes_on, Math.max(days, 0)));
    if (problem === 'after') errors.dagen = m.afterClosing(formatDateNl(wave.closes_on));
    else if (days > 365) errors.dagen = m.daysTooMany;
    else if (problem === 'past') errors.dagen = m.inPast(date);
    else if (problem === 'before-open') errors.dagen = m.beforeOpening(date, formatDateNl(wave.opens_on));
    else if (otherDays.includes(days)) errors.dagen = m.duplicate(days);
  }
  if (input.states.length === 0) errors.status = m.noAudience;
  else if (input.states.some((st) => !(planStates as readonly string[]).includes(st))) errors.status = m.badAudience;
  // Subject and text: the same rules as a reminder sent by hand ({link} required, lengths).
  const text = validateReminder(
    { waveId: wave.id, actorKinds: [], province: '', region: '', states: ['bezig'], subject: input.subject, text: input.text }, [],
  );
  for (const k of ['onderwerp', 'tekst'] as const) if (text[k]) errors[k] = text[k];
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, days };
}
