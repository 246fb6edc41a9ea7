// `npm run seed`: fills a wave with synthetic answers from every organisation except the demo
// accounts' own, so the monitor, response overview and exports have something to show.
// Demo data only: the answers are random (within the rules) and carry no answer history.
import { loadConfig } from '../server/config.ts';
import { boot } from '../server/services/bootstrap.ts';
import { demoAccounts } from '../server/services/seed.ts';
import { seedDemoAnswers } from '../server/services/demoAnswers.ts';
import { seedDemoMovement } from '../server/services/demoMovement.ts';

const config = loadConfig();
const booted = await boot({ databasePath: config.databasePath, demo: config.demo });
try {
  const demoCodes = demoAccounts(booted.services.surveys.values()).map((a) => a.organisationCode);
  const demoOrgs = new Set(demoCodes.filter((c): c is string => c !== null));
  const result = await seedDemoAnswers(booted, demoOrgs);
  // Year after year (issue 17): the demo accounts' last year, and a following wave moved on from its previous one.
  const movement = await seedDemoMovement(booted, demoOrgs);
  if (movement) console.log(`Voorbeeldantwoorden voor de volgende ronde en vorig jaar: ${movement.organisations} organisaties.`);
  console.log(result ? `Voorbeeldantwoorden toegevoegd: ${result.organisations} organisaties, ${result.answers} antwoorden.` : 'De ronde heeft al antwoorden; er is niets toegevoegd.');
} finally {
  booted.database.close();
}
