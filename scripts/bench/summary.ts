// The one table `npm run bench` ends with (issue 18): every figure beside its floor from the same
// run, the ratio and the goal. Each part records its rows; bench.ts prints them. Asserts nothing.
import os from 'node:os';

export interface SummaryRow {
  what: string;
  app: string;
  floor: string;
  ratio: string;
  goal: string;
}

const rows: SummaryRow[] = [];

export const record = (row: SummaryRow) => void rows.push(row);

export const ms = (n: number) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;
export const times = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

export function printSummary(): void {
  const cpu = os.cpus()[0]?.model ?? 'onbekende processor';
  console.log(`\n=== samenvatting (${os.cpus().length} cores, ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}) ===`);
  const head: SummaryRow = { what: 'wat', app: 'app', floor: 'vloer (zelfde run)', ratio: 'verhouding', goal: 'doel' };
  const cols = (Object.keys(head) as (keyof SummaryRow)[]);
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...[head, ...rows].map((r) => r[c].length))])) as Record<keyof SummaryRow, number>;
  const line = (r: SummaryRow) => `| ${cols.map((c) => r[c].padEnd(width[c])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${cols.map((c) => '-'.repeat(width[c] + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
