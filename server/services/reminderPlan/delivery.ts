/** The sending half of a reminder run: one organisation's message, its retries and its reasons to skip. */
import { fieldworkState } from '../../domain/fieldwork.ts';
import { nextAttemptAt } from '../../domain/reminderSchedule.ts';
import { currentExtension } from '../../db/repos/deadlineExtensions.ts';
import { findOrganisation } from '../../db/repos/organisations.ts';
import { updateDelivery } from '../../db/repos/reminderDeliveries.ts';
import { findStep } from '../../db/repos/reminderPlan.ts';
import { findResponse } from '../../db/repos/responses.ts';
import { findWave } from '../../db/repos/waves.ts';
import type { ReminderDelivery, Wave } from '../../db/schema.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { sendAndLog } from '../coordination/mailLog.ts';
import { reminderMessage } from '../coordination/reminders.ts';
import type { RunResult, RunSettings } from './runTypes.ts';

const m = messages.reminderPlan;

/** Why a waiting delivery should not go out any more, or null. */
async function skipReason(s: Services, wave: Wave | undefined, d: ReminderDelivery): Promise<string | null> {
  if (!wave) return m.skipClosed;
  if ((await findResponse(s.db, wave.id, d.organisation_code))?.state === 'ingediend') return m.skipSubmitted;
  const extension = (await currentExtension(s.db, wave.id, d.organisation_code))?.closes_on;
  if (fieldworkState(wave, s.now(), extension) !== 'open') return m.skipClosed;
  return null;
}

/** Sends one delivery's message to the addresses it has not reached yet, within the budget; returns what it used. */
export async function sendDelivery(
  s: Services, d: ReminderDelivery, budget: number, settings: RunSettings, result: RunResult,
): Promise<number> {
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
  const { subject, text } = reminderMessage(
    s.mail, wave, { code: d.organisation_code, name: org?.name ?? d.organisation_code }, { subject: st.subject, text: st.body_text },
  );
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
