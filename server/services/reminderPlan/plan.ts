/** Reading a wave's reminder plan: its steps with their progress, and the log of what went out. */
import { pageWindow, PAGE_SIZE } from '../../domain/paging.ts';
import { stepDate, stepDueAt } from '../../domain/reminderSchedule.ts';
import { countDeliveryLog, type DeliveryLogFilter, deliveryCounts, deliveryLog } from '../../db/repos/reminderLog.ts';
import { findStep, stepsOfWave } from '../../db/repos/reminderPlan.ts';
import type { ReminderStep, Wave } from '../../db/schema.ts';
import type { Services } from '../../context.ts';

export { planStates, type StepInput } from './input.ts';

export const deliveryStatuses = ['verzonden', 'wacht', 'mislukt', 'overgeslagen'];

export type StepStatus = 'gepland' | 'bezig' | 'klaar';

export interface PlanStep {
  id: number;
  daysBefore: number;
  /** The day it goes out (YYYY-MM-DD) and the moment (ISO). */
  date: string;
  dueAt: string;
  states: string[];
  subject: string;
  text: string;
  status: StepStatus;
  startedAt: string | null;
  counts: { wacht: number; verzonden: number; mislukt: number; overgeslagen: number };
}

const toPlanStep = (wave: Wave, st: ReminderStep, counts: PlanStep['counts']): PlanStep => ({
  id: st.id, daysBefore: st.days_before, date: stepDate(wave.closes_on, st.days_before),
  dueAt: stepDueAt(wave.closes_on, st.days_before).toISOString(), states: st.states.split(','), subject: st.subject, text: st.body_text,
  status: st.started_at === null ? 'gepland' : counts.wacht > 0 ? 'bezig' : 'klaar', startedAt: st.started_at, counts,
});

/** The wave's plan with each step's progress, and one page of its log (what went out to whom). */
export async function reminderPlan(s: Services, wave: Wave, filter: DeliveryLogFilter, page: number) {
  const counts = await deliveryCounts(s.db, wave.id);
  const steps = (await stepsOfWave(s.db, wave.id)).map((st) => {
    const c = { wacht: 0, verzonden: 0, mislukt: 0, overgeslagen: 0 };
    for (const r of counts) if (r.step_id === st.id && r.status in c) c[r.status as keyof typeof c] = Number(r.n);
    return toPlanStep(wave, st, c);
  });
  const f = {
    ...(deliveryStatuses.includes(filter.status ?? '') ? { status: filter.status } : {}),
    ...(filter.q?.trim() ? { q: filter.q.trim() } : {}),
  };
  const pager = pageWindow(await countDeliveryLog(s.db, wave.id, f), page, PAGE_SIZE);
  const log = await deliveryLog(s.db, wave.id, f, { limit: PAGE_SIZE, offset: pager.offset });
  return {
    steps, pager, logFilter: { status: f.status ?? '', q: f.q ?? '' },
    log: log.map((r) => ({
      ...r, addresses: JSON.parse(r.addresses) as string[], sentAddresses: JSON.parse(r.sent_addresses) as string[],
    })),
  };
}

/** The step of this wave, or undefined. */
export async function stepOfWave(s: Services, wave: Wave, id: number): Promise<PlanStep | undefined> {
  const st = Number.isInteger(id) ? await findStep(s.db, id) : undefined;
  if (!st || st.wave_id !== wave.id) return undefined;
  return toPlanStep(wave, st, { wacht: 0, verzonden: 0, mislukt: 0, overgeslagen: 0 });
}
