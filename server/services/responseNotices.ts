import { activeRespondents } from '../db/repos/accounts.ts';
import { findUserById } from '../db/repos/users.ts';
import { receiptMail, reopenedMail } from '../mail/templates.ts';
import { isoNow, type Services } from '../context.ts';
import { absoluteUrl, sendLogged } from './coordination/mailLog.ts';
import type { ResponseTarget } from './responseView.ts';

/**
 * E-mail to an organisation's accounts about its questionnaire (issue 16, point 5): a receipt to
 * every account when it is submitted, a notice to the others when someone reopens it. Plain text
 * only (mailer.ts), so names with markup stay inert characters. A failed send never undoes the
 * submission: sendLogged records it as 'mislukt' in the mail log.
 */

/** How a mail names the person who acted: their name and address, or that the coordination did it. */
export async function actorName(s: Services, userId: number | null): Promise<string> {
  const u = userId === null ? undefined : await findUserById(s.db, userId);
  if (!u) return 'de coördinatie';
  const who = u.name ? `${u.name} (${u.email})` : u.email;
  return u.role === 'respondent' ? who : `${who}, namens uw organisatie`;
}

/** The organisation's questionnaire in the wave, the path the notices link to. */
export const questionnairePath = (t: ResponseTarget) =>
  `/vragenlijst/${encodeURIComponent(t.wave.id)}/${encodeURIComponent(t.organisation.code)}`;

/** The receipt: time, who submitted, and a link to the print view; to every account of the organisation. */
export async function sendReceipts(s: Services, t: ResponseTarget, userId: number | null): Promise<number> {
  const m = receiptMail(s.mail.siteName, {
    organisationName: t.organisation.name,
    waveTitle: t.wave.title,
    submittedBy: await actorName(s, userId),
    submittedAt: isoNow(s),
    printLink: absoluteUrl(s.mail, `${questionnairePath(t)}/afdrukken`),
  });
  return sendToAccounts(s, t, await activeRespondents(s.db, [t.organisation.code]), 'ontvangstbevestiging', m, userId);
}

/** Tells the organisation's other accounts that the submitted questionnaire was reopened. */
export async function sendReopenedNotices(s: Services, t: ResponseTarget, userId: number | null): Promise<number> {
  const m = reopenedMail(s.mail.siteName, {
    organisationName: t.organisation.name,
    waveTitle: t.wave.title,
    reopenedBy: await actorName(s, userId),
    reopenedAt: isoNow(s),
    link: absoluteUrl(s.mail, questionnairePath(t)),
    closesOn: t.closesOn,
  });
  const others = (await activeRespondents(s.db, [t.organisation.code])).filter((x) => x.id !== userId);
  return sendToAccounts(s, t, others, 'heropend', m, userId);
}

/** Sends one message to each account, logged per address; returns how many went out. */
export async function sendToAccounts(
  s: Services, t: ResponseTarget, accounts: { id: number; email: string }[],
  kind: 'ontvangstbevestiging' | 'heropend' | 'ter-vaststelling' | 'teruggestuurd', m: { subject: string; text: string },
  userId: number | null,
): Promise<number> {
  let sent = 0;
  for (const u of accounts) {
    const ok = await sendLogged(s, s.mail, {
      kind, to: u.email, ...m, organisationCode: t.organisation.code, userId: u.id, waveId: t.wave.id, sentBy: userId,
    });
    if (ok) sent++;
  }
  return sent;
}
