import { countMailMessages, findMailMessage, insertMailMessage, listMailMessages, type MailListRow } from '../../db/repos/mail.ts';
import { pageWindow, type PageWindow } from '../../domain/paging.ts';
import type { MailMessage } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import type { MailContext, OutgoingMail } from '../../mail/mailer.ts';
import { isoNow, type Services } from '../../context.ts';

export type { MailContext } from '../../mail/mailer.ts';

export interface LoggedMail extends OutgoingMail {
  kind: 'uitnodiging' | 'herstel' | 'herinnering' | 'ontvangstbevestiging' | 'heropend'
    // Sign-off inside the organisation (issue 16, point 7).
    | 'ter-vaststelling' | 'teruggestuurd';
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


export interface SentMailFilter {
  kind: string | null;
  /** An organisation's code: its messages only. */
  organisation?: string;
  /** A piece of the address. */
  to?: string;
}

/** One page of the mail log (newest first), filtered in SQL (issue 16: every long list is paged). */
export async function sentMailPage(s: Services, f: SentMailFilter, page: number): Promise<{ messages: MailListRow[] } & PageWindow> {
  const filter = {
    ...(f.kind ? { kind: f.kind } : {}), ...(f.organisation ? { organisationCode: f.organisation } : {}), ...(f.to ? { to: f.to } : {}),
  };
  const pager = pageWindow(await countMailMessages(s.db, filter), page);
  return { ...pager, messages: await listMailMessages(s.db, { ...filter, limit: pager.size, offset: pager.offset }) };
}

/** One logged message; a NotFoundError (404) for an unknown id. */
export async function findSentMail(s: Services, id: number): Promise<MailMessage> {
  const m = Number.isInteger(id) ? await findMailMessage(s.db, id) : undefined;
  if (!m) throw new NotFoundError();
  return m;
}
