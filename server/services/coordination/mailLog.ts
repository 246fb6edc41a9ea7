import { findMailMessage, insertMailMessage, listMailMessages, type MailListRow } from '../../db/repos/mail.ts';
import type { MailMessage } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import type { MailContext, OutgoingMail } from '../../mail/mailer.ts';
import { isoNow, type Services } from '../../context.ts';

export type { MailContext } from '../../mail/mailer.ts';

export interface LoggedMail extends OutgoingMail {
  kind: 'uitnodiging' | 'herstel' | 'herinnering' | 'ontvangstbevestiging' | 'heropend';
  organisationCode?: string | null;
  userId?: number | null;
  waveId?: string | null;
  sentBy?: number | null;
  /** A personal link (invitation, reset) that must not be kept: the log holds a placeholder instead. */
  secretLink?: string;
  /** Sent by a step of a wave's reminder plan (issue 16, point 4). */
  reminderStepId?: number | null;
}

export const REDACTED_LINK = '[persoonlijke link: niet bewaard]';

/** Sends one message and records it, also when sending fails (so coordinators see what did not go out). */
export async function sendLogged(s: Services, mc: MailContext, m: LoggedMail): Promise<boolean> {
  return (await sendAndLog(s, mc, m)).ok;
}

/** The same, saying why a send failed (the reminder scheduler keeps it with its retries). */
export async function sendAndLog(s: Services, mc: MailContext, m: LoggedMail): Promise<{ ok: boolean; error: string | null }> {
  let status = 'verzonden';
  let error: string | null = null;
  let file: string | null = null;
  try {
    file = (await mc.mailer.send({ to: m.to, subject: m.subject, text: m.text })).file;
  } catch (err) {
    status = 'mislukt';
    error = err instanceof Error ? err.message.slice(0, 500) : 'onbekende fout';
  }
  await insertMailMessage(s.db, {
    kind: m.kind, to_address: m.to, subject: m.subject, body_text: m.secretLink ? m.text.replaceAll(m.secretLink, REDACTED_LINK) : m.text,
    organisation_code: m.organisationCode ?? null, user_id: m.userId ?? null, wave_id: m.waveId ?? null,
    sent_by: m.sentBy ?? null, transport: mc.mailer.transport, status, error, outbox_file: file, created_at: isoNow(s),
    ...(m.reminderStepId ? { reminder_step_id: m.reminderStepId } : {}),
  });
  return { ok: status === 'verzonden', error };
}

export const absoluteUrl = (mc: MailContext, path: string): string => `${mc.baseUrl.replace(/\/+$/, '')}${path}`;


/** The mail log (newest first, at most 500), optionally of one kind of message. */
export const listSentMail = (s: Services, kind: string | null): Promise<MailListRow[]> =>
  listMailMessages(s.db, { ...(kind ? { kind } : {}), limit: 500 });

/** One logged message; a NotFoundError (404) for an unknown id. */
export async function findSentMail(s: Services, id: number): Promise<MailMessage> {
  const m = await findMailMessage(s.db, id);
  if (!m) throw new NotFoundError();
  return m;
}
