import { reminderSummary, type ReminderSummaryRow } from '../../db/repos/mail.ts';
import { findWave } from '../../db/repos/waves.ts';
import type { Wave } from '../../db/schema.ts';
import { fillReminder } from '../../mail/templates.ts';
import type { Services } from '../../context.ts';
import { organisationStatuses, type OrganisationStatusDetail } from '../responseOverview.ts';
import { reachOf } from './contactAddresses.ts';
import { absoluteUrl, sendLogged, type MailContext } from './mailLog.ts';
import type { ReminderInput } from './reminderInput.ts';

export { selectionErrors, validateReminder, type ReminderInput } from './reminderInput.ts';

export interface Recipient {
  organisation: OrganisationStatusDetail;
  addresses: string[];
}

export interface ReminderPlan {
  wave: Wave;
  recipients: Recipient[];
  /** Selected, but nobody to write to: no active account and no contact address. */
  withoutAddress: OrganisationStatusDetail[];
  addressCount: number;
  example: { to: string; subject: string; text: string } | null;
}

/** A reminder's subject (on one line) and text filled for one organisation; also a plan step's (reminderPlan/delivery.ts). */
export function reminderMessage(mc: MailContext, wave: Wave, o: { code: string; name: string }, t: { subject: string; text: string }) {
  const link = absoluteUrl(mc, `/vragenlijst/${wave.id}/${o.code}`);
  const vars = { organisatie: o.name, link, sluitdatum: wave.closes_on, ronde: wave.title };
  return { subject: fillReminder(t.subject, vars).replace(/\s+/g, ' ').trim(), text: fillReminder(t.text, vars) };
}

/** Who would get a reminder: the selected organisations' active respondents, contact addresses and contact people. */
export async function planReminder(s: Services, mc: MailContext, input: ReminderInput): Promise<ReminderPlan | null> {
  const wave = await findWave(s.db, input.waveId);
  if (!wave) return null;
  const selected = (await organisationStatuses(s, wave.id, { province: input.province, region: input.region }))
    .filter((o) => (input.actorKinds.length === 0 || input.actorKinds.includes(o.actorKind)) && input.states.includes(o.state)
    && (!input.codes?.length || input.codes.includes(o.code)));
  const reach = await reachOf(s, selected);
  const recipients: Recipient[] = [];
  const withoutAddress: OrganisationStatusDetail[] = [];
  for (const o of selected) {
    const addresses = reach.get(o.code)?.emails ?? [];
    if (addresses.length) recipients.push({ organisation: o, addresses });
    else withoutAddress.push(o);
  }
  const first = recipients[0];
  return {
    wave, recipients, withoutAddress,
    addressCount: recipients.reduce((n, r) => n + r.addresses.length, 0),
    example: first ? { to: first.addresses.join(', '), ...reminderMessage(mc, wave, first.organisation, input) } : null,
  };
}

/** Sends one message per address, each with its own organisation's name and link, and logs each. */
export async function sendReminder(
  s: Services, mc: MailContext, plan: ReminderPlan, input: ReminderInput, by: number,
): Promise<{ sent: number; failed: string[] }> {
  let sent = 0;
  const failed: string[] = [];
  for (const r of plan.recipients) {
    const m = reminderMessage(mc, plan.wave, r.organisation, input);
    for (const to of r.addresses) {
      const ok = await sendLogged(s, mc, {
        kind: 'herinnering', to, ...m, organisationCode: r.organisation.code, waveId: plan.wave.id, sentBy: by,
      });
      if (ok) sent++;
      else failed.push(to);
    }
  }
  return { sent, failed };
}

/** What reminders went out in a wave, per send (the reminder page's history). */
export const sentReminders = (s: Services, waveId: string): Promise<ReminderSummaryRow[]> => reminderSummary(s.db, waveId);
