import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Delivery {
  transport: 'smtp' | 'outbox';
  /** The .eml file in the outbox folder, when there is no mail server. */
  file: string | null;
}

export interface Mailer {
  readonly transport: 'smtp' | 'outbox';
  send(mail: OutgoingMail): Promise<Delivery>;
}

export type MailConfig = Pick<Config, 'smtpUrl' | 'outboxDir' | 'mailFrom'>;

/**
 * SMTP when SMTP_URL is set; otherwise every message becomes an .eml file in the outbox folder,
 * so the platform works without a mail server (coordinators read the outbox in the UI).
 */
export function createMailer(config: MailConfig): Mailer {
  if (config.smtpUrl) {
    const transporter: Transporter = nodemailer.createTransport(config.smtpUrl);
    return {
      transport: 'smtp',
      async send(mail) {
        await transporter.sendMail({ from: config.mailFrom, ...mail });
        return { transport: 'smtp', file: null };
      },
    };
  }
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    transport: 'outbox',
    async send(mail) {
      const info = (await composer.sendMail({ from: config.mailFrom, ...mail })) as { message: Buffer };
      await mkdir(config.outboxDir, { recursive: true });
      // Sortable by time, unique without coordination between processes.
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
      await writeFile(path.join(config.outboxDir, name), info.message);
      return { transport: 'outbox', file: name };
    },
  };
}

/** What a service needs to send e-mail with links back into the platform (part of the app context). */
export interface MailContext {
  mailer: Mailer;
  baseUrl: string;
  /** The platform's name in texts and signatures: 'Afsprakenmonitor' and the configured SITE_TAGLINE. */
  siteName: string;
}

export type MailSettings = MailConfig & Pick<Config, 'baseUrl'> & Partial<Pick<Config, 'siteTagline'>>;

/** 'Afsprakenmonitor Hervormingsagenda Jeugd' with the default tagline; 'Afsprakenmonitor' without one. */
export const siteNameFor = (tagline: string | undefined): string =>
  tagline?.trim() ? `Afsprakenmonitor ${tagline.trim()}` : 'Afsprakenmonitor';

/** The mail context of a configuration: made once at start (services/bootstrap.ts). */
export const mailContextFor = (config: MailSettings): MailContext => ({
  mailer: createMailer(config), baseUrl: config.baseUrl, siteName: siteNameFor(config.siteTagline),
});
