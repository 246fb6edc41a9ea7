// `npm run bench`: prints speed figures; asserts nothing. Each part lives in scripts/bench/.
import { benches } from './bench/index.ts';
import { printSummary } from './bench/summary.ts';

for (const [name, run] of Object.entries(benches)) {
  console.log(`\n=== ${name} ===`);
  await run();
}
// Issue 19 (scripts/bench/postgres.ts): PostgreSQL beside SQLite, two instances beside one; skipped with a line without a server.
await (await import('./bench/postgres.ts')).runPostgresBench();
printSummary();
