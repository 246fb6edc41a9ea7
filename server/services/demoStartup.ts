// Demo data at start-up and the lines the start-up script prints about it (demo accounts, seeded answers).
import type { Config } from '../config.ts';
import { LOCK_KEYS, whileHolding } from '../db/advisoryLock.ts';
import type { Booted } from './bootstrap.ts';
import { seedDemoAnswers } from './demoAnswers.ts';
import { seedDemoMovement } from './demoMovement.ts';

type Seeded = { organisations: number; answers: number } | null;

export interface DemoSeeded {
  demoData: Seeded;
  movement: Seeded;
}

/** Demo: the other organisations' answers, so dashboards and exports have something to show. */
export async function seedDemoData(config: Pick<Config, 'demoAnswers'>, booted: Booted): Promise<DemoSeeded> {
  const demoOrgs = new Set(booted.demoAccounts.map((a) => a.organisationCode).filter((c): c is string => c !== null));
  // Two demo instances starting at once on one PostgreSQL database: one seeds, the other then finds it seeded.
  const seeded = await whileHolding(booted.database.db, LOCK_KEYS.startup, true, async () => {
    const demoData = config.demoAnswers ? await seedDemoAnswers(booted, demoOrgs) : null;
    // Year after year (issue 17): the demo accounts' last year, and the next wave moved on from it.
    const movement = config.demoAnswers ? await seedDemoMovement(booted, demoOrgs) : null;
    return { demoData, movement };
  });
  return seeded ?? { demoData: null, movement: null };
}

/** The lines printed once the server listens: its address, the demo accounts and what was seeded. */
export function printStartup(port: number, databasePath: string, booted: Booted, { demoData, movement }: DemoSeeded): void {
  // The port line is read by the durability test and the bench (PORT=0 picks a free port).
  // On PostgreSQL DATABASE_PATH is not the database, and the address may carry a password: neither is printed.
  const where = booted.database.dialect === 'postgres' ? 'PostgreSQL uit DATABASE_URL' : databasePath;
  console.log(`Afsprakenmonitor draait op http://localhost:${port} (database ${where})`);
  if (booted.demoAccounts.length > 0) {
    console.log('Demo-accounts (wachtwoord voor allemaal: ' + booted.demoAccounts[0]!.password + '):');
    for (const a of booted.demoAccounts) console.log(`  ${a.email.padEnd(22)} ${a.description}`);
  }
  if (demoData)
    console.log(
      `Voorbeeldantwoorden toegevoegd van ${demoData.organisations} andere organisaties (DEMO_ANSWERS=false om dit uit te zetten).`,
    );
  if (movement) console.log(`Voorbeeldantwoorden voor de volgende ronde en vorig jaar: ${movement.organisations} organisaties.`);
}
