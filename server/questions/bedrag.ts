import { formatEuro, numberModule } from './numberQuestion.ts';

// Amounts in euros; a negative amount is never meaningful here (spending, uncontracted supply).
export const bedrag = numberModule('bedrag', {
  integer: false,
  defaultMin: 0,
  defaultMax: 100_000_000_000,
  format: formatEuro,
  noun: 'Een bedrag in euro',
  showDefaultMax: false,
  unit: 'euro',
  numFmt: '"€" #,##0.00',
  statFormat: '"€" #,##0',
  prefix: '€',
  suffix: () => null,
  example: (rnd) => Math.round(rnd() * 3_000_000),
});
