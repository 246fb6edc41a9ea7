// `npm run bench`: prints speed figures; asserts nothing. Each part lives in scripts/bench/.
import { benches } from './bench/index.ts';
import { printSummary } from './bench/summary.ts';

for (const [name, run] of Object.entries(benches)) {
  console.log(`\n=== ${name} ===`);
  await run();
}
printSummary();
