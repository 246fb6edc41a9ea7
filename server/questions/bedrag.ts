import { formatEuro, numberModule } from './numberQuestion.ts';

// Amounts in euros; a negative amount is never meaningful here (spending, uncontracted supply).
export const bedrag = numberModule('bedrag', {
  integer: false,
  defaultMin: 0,
  defaultMax: 100_000_000_000,
  format: formatEuro,
});
