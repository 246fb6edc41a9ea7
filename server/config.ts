// The configuration read from the environment at start-up (the Config every part of the server gets).
import { randomBytes } from 'node:crypto';
import { flag, parseTrustProxy, positive } from './configEnv.ts';

export interface Config {
  port: number;
  /** Interface to listen on; undefined = every interface (Node's default). */
  host: string | undefined;
  /** Express 'trust proxy': false (default), a number of proxy hops, or addresses/subnets of trusted proxies. */
  trustProxy: boolean | number | string;
  databasePath: string;
  /** postgres://… when the platform runs on PostgreSQL; null for the embedded SQLite file. */
  databaseUrl: string | null;
  sessionSecret: string;
  production: boolean;
  demo: boolean;
  /** In demo mode: fill an empty wave with synthetic answers of the other organisations. */
  demoAnswers: boolean;
  /** Public base URL for links in e-mails. */
  baseUrl: string;
  /** nodemailer SMTP URL (smtp://user:pass@host:587); without it e-mail is written to outboxDir. */
  smtpUrl: string | null;
  outboxDir: string;
  mailFrom: string;
  /** The helpdesk's e-mail address, in the contact line of every page and on the contact page. */
  helpdeskEmail: string;
  /**
   * Compiled templates kept between requests (VIEW_CACHE, default on). Express keeps them only with
   * NODE_ENV=production, so `npm start` in demo mode compiled every page's templates on every request;
   * `npm run dev` turns it off, so an edited template shows on the next request.
   */
  viewCache: boolean;
  /** What this installation monitors, beside the platform's name in the header, footer and home page. */
  siteTagline: string;
  /** Scheduled reminders (issue 16): how often the plan is checked (croner pattern, with seconds). */
  reminderCron: string;
  /** At most this many scheduled reminders a minute to the mail server. */
  reminderRatePerMinute: number;
  /** Attempts per organisation and step before a send counts as failed; the wait between them doubles from reminderRetryMinutes. */
  reminderMaxAttempts: number;
  reminderRetryMinutes: number;
}

/** Reads the environment once; fails fast on a missing production setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is geen geldig poortnummer: ${env.PORT}`);
  if (production && (!env.SESSION_SECRET || env.SESSION_SECRET.length < 32)) {
    throw new Error('SESSION_SECRET is verplicht (minstens 32 tekens) als NODE_ENV=production');
  }
  return {
    port,
    host: env.HOST?.trim() || undefined,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    databasePath: env.DATABASE_PATH ?? './data/afsprakenmonitor.sqlite',
    // Set: PostgreSQL (several instances, production); unset: the embedded SQLite file above.
    databaseUrl: env.DATABASE_URL?.trim() || null,
    // Outside production a random secret per start is fine: sessions simply end at a restart.
    sessionSecret: env.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    production,
    demo: flag(env.DEMO, !production),
    demoAnswers: flag(env.DEMO, !production) && flag(env.DEMO_ANSWERS, true),
    baseUrl: env.BASE_URL ?? `http://localhost:${port}`,
    smtpUrl: env.SMTP_URL || null,
    outboxDir: env.OUTBOX_DIR ?? './data/outbox',
    mailFrom: env.MAIL_FROM ?? 'Afsprakenmonitor <noreply@afsprakenmonitor.nl>',
    helpdeskEmail: env.HELPDESK_EMAIL?.trim() || 'helpdesk@afsprakenmonitor.nl',
    siteTagline: env.SITE_TAGLINE?.trim() || 'Hervormingsagenda Jeugd',
    viewCache: flag(env.VIEW_CACHE, true),
    reminderCron: env.REMINDER_CRON?.trim() || '*/15 * * * * *',
    reminderRatePerMinute: positive(env, 'REMINDER_RATE_PER_MINUTE', 30),
    reminderMaxAttempts: positive(env, 'REMINDER_MAX_ATTEMPTS', 5),
    reminderRetryMinutes: positive(env, 'REMINDER_RETRY_MINUTES', 5),
  };
}
