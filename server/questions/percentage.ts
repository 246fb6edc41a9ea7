import { formatNumber, numberModule } from './numberQuestion.ts';

export const percentage = numberModule('percentage', {
  integer: false,
  defaultMin: 0,
  defaultMax: 100,
  format: (n) => `${formatNumber(n, 1)}%`,
});
