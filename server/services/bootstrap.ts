import type { Config } from '../config.ts';
import { migrateToLatest, openDatabase, type OpenedDatabase } from '../db/database.ts';
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

/** Everything start-up does before listening: surveys (fail fast), migrations, reference data, waves, demo accounts. */
export async function boot(config: Pick<Config, 'databasePath' | 'demo'>, now: () => Date = () => new Date(), options: BootOptions = {}): Promise<Booted> {
  const surveys = loadSurveys();
  for (const dir of options.extraSurveyDirs ?? []) {
    for (const [id, survey] of loadSurveys(dir)) {
      if (surveys.has(id)) throw new Error(`dubbele vragenlijst-id ${id} in ${dir}`);
      surveys.set(id, survey);
    }
  }
  const database = openDatabase(config.databasePath);
  const services: Services = { db: database.db, surveys, now };
  await migrateToLatest(database.db);
  await loadReferenceData(database.db, now().toISOString(), surveys.values());
  await ensureWaves(services, config.demo);
  const demoAccounts = config.demo ? await ensureDemoAccounts(services) : [];
  return { services, database, demoAccounts };
}
