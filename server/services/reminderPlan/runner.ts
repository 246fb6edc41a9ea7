import { fieldworkState } from '../../domain/fieldwork.ts';
import { nextAttemptAt, stepDueAt, type RetryPolicy } from '../../domain/reminderSchedule.ts';
import { activeRespondents } from '../../db/repos/accounts.ts';
import { currentExtension } from '../../db/repos/deadlineExtensions.ts';
import { findOrganisation } from '../../db/repos/organisations.ts';
import {
  claimStep, findStep, insertDeliveries, lockDelivery, nextDueDelivery, plannedSteps, scheduledMailsSince, updateDelivery,
} from '../../db/repos/reminderPlan.ts';
import { findResponse } from '../../db/repos/responses.ts';
import { findWave } from '../../db/repos/waves.ts';
import type { ReminderDelivery, ReminderStep, Wave } from '../../db/schema.ts';
import { fillReminder } from '../../mail/templates.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { absoluteUrl, sendAndLog } from '../coordination/mailLog.ts';
import { organisationStatuses } from '../responseOverview.ts';

/**
 * Carries out a wave's reminder plan (issue 16, point 4). One run: start every step that is due
 * (its recipients fixed in one transaction, one row per organisation under a unique constraint),
 * then send what is due within the rate limit. Everything it knows is in the database, so a run
 * after a restart picks up exactly where the last one stopped; the clock is the app context's.
 */
export interface RunSettings {
  /** Messages per minute to the mail server, counted over the last 60 seconds in the mail log. */
  ratePerMinute: number;
  retry: RetryPolicy;
}

export interface RunResult {
  started: number;
  sent: number;
  failed: number;
  skipped: number;
}

/** How long a process may take to send one organisation's message before another may take it over. */
const LOCK_MS = 5 * 60_000;
const m = messages.reminderPlan;

/** Fixes the recipients of a due step: the organisations in its states now, with their addresses. */
async function startStep(s: Services, st: ReminderStep, wave: Wave, now: Date): Promise<boolean> {
  const survey = s.surveys.get(wave.survey_id);
  const kinds = new Set(survey?.actors.map((a) => a.id) ?? []);
  const states = st.states.split(',');
  const orgs = (await organisationStatuses(s, wave.id)).filter((o) => kinds.has(o.actorKind) && states.includes(o.state));
  const users = await activeRespondents(s.db, orgs.map((o) => o.code));
  const at = now.toISOString();
  const rows = orgs.map((o) => {
    const accounts = users.filter((u) => u.organisation_code === o.code).map((u) => u.email);
    const addresses = [...new Set([...accounts, ...(o.contactEmail ? [o.contactEmail] : [])])];
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
async function startDueSteps(s: Services): Promise<number> {
  let started = 0;
  for (const st of await plannedSteps(s.db)) {
    const wave = await findWave(s.db, st.wave_id);
    const now = s.now();
    if (!wave || fieldworkState(wave, now) !== 'open' || now < stepDueAt(wave.closes_on, st.days_before)) continue;
    if (await startStep(s, st, wave, now)) started++;
  }
  return started;
}

/** Why a waiting delivery should not go out any more, or null. */
async function skipReason(s: Services, wave: Wave | undefined, d: ReminderDelivery): Promise<string | null> {
  if (!wave) return m.skipClosed;
  if ((await findResponse(s.db, wave.id, d.organisation_code))?.state === 'ingediend') return m.skipSubmitted;
  const extension = (await currentExtension(s.db, wave.id, d.organisation_code))?.closes_on;
  if (fieldworkState(wave, s.now(), extension) !== 'open') return m.skipClosed;
  return null;
}

/** Sends one delivery's message to the addresses it has not reached yet, within the budget; returns what it used. */
async function sendDelivery(s: Services, d: ReminderDelivery, budget: number, settings: RunSettings, result: RunResult): Promise<number> {
  const st = await findStep(s.db, d.step_id);
  const wave = st ? await findWave(s.db, st.wave_id) : undefined;
  const skip = st ? await skipReason(s, wave, d) : m.skipClosed;
  const at = () => s.now().toISOString();
  if (skip || !st || !wave) {
    await updateDelivery(s.db, d.id, { status: 'overgeslagen', skip_reason: skip, locked_until: null, updated_at: at() });
    result.skipped++;
    return 0;
  }
  const org = await findOrganisation(s.db, d.organisation_code);
  const vars = {
    organisatie: org?.name ?? d.organisation_code, link: absoluteUrl(s.mail, `/vragenlijst/${wave.id}/${d.organisation_code}`),
    sluitdatum: wave.closes_on, ronde: wave.title,
  };
  const subject = fillReminder(st.subject, vars).replace(/\s+/g, ' ').trim();
  const text = fillReminder(st.body_text, vars);
  const sent = JSON.parse(d.sent_addresses) as string[];
  const addresses = JSON.parse(d.addresses) as string[];
  let used = 0;
  let error: string | null = null;
  for (const to of addresses.filter((a) => !sent.includes(a))) {
    if (used >= budget) break;
    used++;
    const r = await sendAndLog(s, s.mail, {
      kind: 'herinnering', to, subject, text, organisationCode: d.organisation_code, waveId: wave.id, sentBy: null, reminderStepId: st.id,
    });
    if (r.ok) {
      sent.push(to);
      // Written at once: an address that was reached is never sent to again, whatever happens next.
      await updateDelivery(s.db, d.id, { sent_addresses: JSON.stringify(sent), updated_at: at() });
      result.sent++;
    } else {
      error = r.error ?? 'onbekende fout';
      result.failed++;
    }
  }
  const attempts = d.attempts + (used > 0 ? 1 : 0);
  if (addresses.every((a) => sent.includes(a))) {
    await updateDelivery(s.db, d.id, {
      status: 'verzonden', attempts, sent_at: at(), locked_until: null, last_error: null, updated_at: at(),
    });
  } else if (error) {
    const next = nextAttemptAt(s.now(), attempts, settings.retry);
    await updateDelivery(s.db, d.id, {
      attempts, last_error: error, locked_until: null, updated_at: at(),
      ...(next ? { next_attempt_at: next.toISOString() } : { status: 'mislukt' }),
    });
  } else {
    // The budget ran out halfway: the rest goes in a later run.
    await updateDelivery(s.db, d.id, { attempts, locked_until: null, updated_at: at() });
  }
  return used;
}

/** One run of the scheduler. */
export async function runDueReminders(s: Services, settings: RunSettings, halt = { stopped: false }): Promise<RunResult> {
  const result: RunResult = { started: await startDueSteps(s), sent: 0, failed: 0, skipped: 0 };
  // On shutdown the pass ends after the organisation it is sending to; the rest waits in the database.
  while (!halt.stopped) {
    const now = s.now();
    const budget = settings.ratePerMinute - (await scheduledMailsSince(s.db, new Date(now.getTime() - 60_000).toISOString()));
    if (budget <= 0) break;
    const d = await nextDueDelivery(s.db, now.toISOString());
    if (!d) break;
    // Another process may have taken it between the two statements: then simply look again.
    if (!(await lockDelivery(s.db, d.id, now.toISOString(), new Date(now.getTime() + LOCK_MS).toISOString()))) continue;
    await sendDelivery(s, d, budget, settings, result);
  }
  return result;
}
