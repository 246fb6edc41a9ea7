/** The claiming half of a reminder run: a due step fixes its recipients once, in one transaction. */
import { fieldworkState } from '../../domain/fieldwork.ts';
import { stepDueAt } from '../../domain/reminderSchedule.ts';
import { insertDeliveries } from '../../db/repos/reminderDeliveries.ts';
import { claimStep, plannedSteps } from '../../db/repos/reminderPlan.ts';
import { findWave } from '../../db/repos/waves.ts';
import type { ReminderStep, Wave } from '../../db/schema.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { reachOf } from '../coordination/contactAddresses.ts';
import { organisationStatuses } from '../responseOverview.ts';

const m = messages.reminderPlan;

/** Fixes the recipients of a due step: the organisations in its states now, with their addresses. */
async function startStep(s: Services, st: ReminderStep, wave: Wave, now: Date): Promise<boolean> {
  const survey = s.surveys.get(wave.survey_id);
  const kinds = new Set(survey?.actors.map((a) => a.id) ?? []);
  const states = st.states.split(',');
  const orgs = (await organisationStatuses(s, wave.id)).filter((o) => kinds.has(o.actorKind) && states.includes(o.state));
  // The same people a reminder sent by hand reaches (accounts, contact address, contact people).
  const reach = await reachOf(s, orgs);
  const at = now.toISOString();
  const rows = orgs.map((o) => {
    const addresses = reach.get(o.code)?.emails ?? [];
    return {
      step_id: st.id, organisation_code: o.code, addresses: JSON.stringify(addresses), status: addresses.length ? 'wacht' : 'overgeslagen',
      skip_reason: addresses.length ? null : m.skipNoAddress, next_attempt_at: at, created_at: at, updated_at: at,
    };
  });
  // Only the run that marks the step started adds its rows; the unique constraint holds even if two did.
  return s.db.transaction().execute(async (trx) => {
    if (!(await claimStep(trx, st.id, at))) return false;
    await insertDeliveries(trx, rows);
    return true;
  });
}

/** Starts the steps whose moment has come, in waves whose fieldwork is open (also a step missed while the server was down). */
export async function startDueSteps(s: Services): Promise<number> {
  let started = 0;
  for (const st of await plannedSteps(s.db)) {
    const wave = await findWave(s.db, st.wave_id);
    const now = s.now();
    if (!wave || fieldworkState(wave, now) !== 'open' || now < stepDueAt(wave.closes_on, st.days_before)) continue;
    if (await startStep(s, st, wave, now)) started++;
  }
  return started;
}
