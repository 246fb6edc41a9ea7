import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { emlText } from '../../server/mail/outbox.ts';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** A message as it arrived: its subject as the header carries it, and its text part. */
export function readMessage(raw: string): { subject: string; text: string } {
  const headers = raw.split(/\r?\n\r?\n/, 1)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return { subject: /^subject:\s*(.*)$/im.exec(headers)?.[1] ?? '', text: emlText(raw) ?? '' };
}

/** An SMTP server in this process, on a random port: each message arrives at `onMessage` with its recipients. */
export async function listenSmtp(
  onMessage: (raw: string, to: string[]) => void, onRcptTo?: SMTPServerOptions['onRcptTo'],
): Promise<{ url: string; close(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    ...(onRcptTo ? { onRcptTo } : {}),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        onMessage(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A real SMTP server in this process, on a random port: what the platform sends arrives here. */
export async function startSmtp(): Promise<{ url: string; received: ReceivedMail[]; close(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = await listenSmtp((raw, to) => {
    const m = readMessage(raw);
    received.push({ to, subject: decodeSubject(m.subject), text: m.text });
  });
  return { ...server, received };
}

/** Encoded-word subjects (=?UTF-8?Q?...?=) as nodemailer writes non-ASCII text. */
function decodeSubject(s: string): string {
  return s.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}

export const linkIn = (text: string): string => {
  const m = /https?:\/\/\S+\/wachtwoord\/instellen\/[\w-]+/.exec(text);
  if (!m) throw new Error(`no link in: ${text}`);
  return new URL(m[0]).pathname;
};

/** The test app with e-mail to the given SMTP server, or to a fresh temporary outbox folder. */
export type CoordinationContext = TestContext & { outboxDir: string };

export async function createCoordinationContext(opts: { smtpUrl?: string; start?: Date } = {}): Promise<CoordinationContext> {
  const outboxDir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenmonitor-outbox-'));
  const ctx = await createTestContext(opts.start, { smtpUrl: opts.smtpUrl ?? null, outboxDir, baseUrl: 'https://monitor.example.nl' });
  const close = ctx.close;
  return { ...ctx, outboxDir, close: async () => { await close(); rmSync(outboxDir, { recursive: true, force: true }); } };
}

/** GET a page and read the form token from it (every page carries it in a meta tag). */
export async function csrfFrom(s: Session, url = '/'): Promise<string> {
  const page = await s.agent.get(url);
  return $(page.text)('meta[name="csrf-token"]').attr('content') ?? s.csrf;
}
