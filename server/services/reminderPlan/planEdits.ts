/** Changing a wave's reminder plan: add, change or remove a step that has not started yet. */
import { stepDate } from '../../domain/reminderSchedule.ts';
import { deletePlannedStep, insertStep, stepsOfWave, updatePlannedStep } from '../../db/repos/reminderPlan.ts';
import type { Wave } from '../../db/schema.ts';
import { messages } from '../../messages.ts';
import { formatDateNl } from '../../presenters/format.ts';
import { isoNow, type Services } from '../../context.ts';
import { checkStep, type StepInput } from './input.ts';

export type StepResult = { ok: true; message: string } | { ok: false; errors: Record<string, string> };

const daysOfOthers = async (s: Services, wave: Wave, except?: number) =>
  (await stepsOfWave(s.db, wave.id)).filter((st) => st.id !== except).map((st) => st.days_before);

/** Adds a step; bad input changes nothing and says what is wrong per field. */
export async function addStep(s: Services, wave: Wave, input: StepInput, by: number): Promise<StepResult> {
  const checked = checkStep(input, wave, s.now(), await daysOfOthers(s, wave));
  if (!checked.ok) return checked;
  const now = isoNow(s);
  await insertStep(s.db, {
    wave_id: wave.id, days_before: checked.days, states: input.states.join(','), subject: input.subject.trim(), body_text: input.text,
    created_by: by, created_at: now, updated_at: now,
  });
  return { ok: true, message: messages.reminderPlan.added(formatDateNl(stepDate(wave.closes_on, checked.days))) };
}

/** Changes a planned step; a step that has started is refused (its recipients are fixed). */
export async function changeStep(s: Services, wave: Wave, id: number, input: StepInput): Promise<StepResult> {
  const checked = checkStep(input, wave, s.now(), await daysOfOthers(s, wave, id));
  if (!checked.ok) return checked;
  const changed = await updatePlannedStep(s.db, id, {
    days_before: checked.days, states: input.states.join(','), subject: input.subject.trim(), body_text: input.text, updated_at: isoNow(s),
  });
  if (!changed) return { ok: false, errors: { dagen: messages.reminderPlan.started } };
  return { ok: true, message: messages.reminderPlan.changed(formatDateNl(stepDate(wave.closes_on, checked.days))) };
}

export async function removeStep(s: Services, id: number): Promise<StepResult> {
  return (await deletePlannedStep(s.db, id))
    ? { ok: true, message: messages.reminderPlan.removed }
    : { ok: false, errors: { stap: messages.reminderPlan.started } };
}
