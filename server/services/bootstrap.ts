import { loadConfig, type Config } from '../config.ts';
import { LOCK_KEYS, whileHolding } from '../db/advisoryLock.ts';
import { migrateToLatest, openDatabase, type OpenedDatabase } from '../db/database.ts';
import { mailContextFor, type MailSettings } from '../mail/mailer.ts';
import { loadReferenceData } from '../reference/load.ts';
import { loadSurveys } from '../survey/loader.ts';
import type { Services } from '../context.ts';
import { ensureDemoAccounts, ensureWaves, type DemoAccount } from './seed.ts';

export interface Booted {
  services: Services;
  database: OpenedDatabase;
  demoAccounts: DemoAccount[];
}

export interface BootOptions {
  /** Folders of further definitions, loaded beside surveys/ (tests: a survey with every question type). */
  extraSurveyDirs?: string[];
}

/** What start-up reads of the configuration; e-mail settings left out take their defaults (the outbox folder). */
export type BootConfig = Pick<Config, 'databasePath' | 'demo'> & Partial<Pick<Config, 'databaseUrl'>> & Partial<MailSettings>;

/** The mail settings of a boot configuration, the defaults of config.ts filling what it leaves out. */
function mailSettings(config: BootConfig): MailSettings {
  const defaults = loadConfig({});
  return {
    smtpUrl: config.smtpUrl ?? defaults.smtpUrl, outboxDir: config.outboxDir ?? defaults.outboxDir,
    mailFrom: config.mailFrom ?? defaults.mailFrom, baseUrl: config.baseUrl ?? defaults.baseUrl,
    siteTagline: config.siteTagline ?? defaults.siteTagline,
  };
}

/**
 * Everything start-up does before listening: surveys (fail fast), migrations, reference data, waves,
 * demo accounts; the app context (database, surveys, mailer, clock) is made here, once.
 */
export async function boot(config: BootConfig, now: () => Date = () => new Date(), options: BootOptions = {}): Promise<Booted> {
  const surveys = loadSurveys();
  for (const dir of options.extraSurveyDirs ?? []) {
    for (const [id, survey] of loadSurveys(dir, surveys)) {
      if (surveys.has(id)) throw new Error(`dubbele vragenlijst-id ${id} in ${dir}`);
      surveys.set(id, survey);
    }
  }
  const database = openDatabase(config.databaseUrl ?? config.databasePath);
  const services: Services = { db: database.db, surveys, mail: mailContextFor(mailSettings(config)), now };
  // Two instances starting at once on one new PostgreSQL database: one migrates and seeds, the other
  // waits and then finds it done (no half-created tables, no duplicate rows). SQLite: as it always ran.
  const demoAccounts = await whileHolding(database.db, LOCK_KEYS.startup, true, async (db) => {
    const locked = { ...services, db };
    await migrateToLatest(db);
    await loadReferenceData(db, now().toISOString(), surveys.values());
    await ensureWaves(locked, config.demo);
    return config.demo ? await ensureDemoAccounts(locked) : [];
  });
  return { services, database, demoAccounts: demoAccounts ?? [] };
}
