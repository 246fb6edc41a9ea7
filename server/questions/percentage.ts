import { formatNumber, numberModule } from './numberQuestion.ts';

export const percentage = numberModule('percentage', {
  integer: false,
  defaultMin: 0,
  defaultMax: 100,
  format: (n) => `${formatNumber(n, 1)}%`,
  noun: 'Een percentage',
  showDefaultMax: true,
  unit: '%',
  numFmt: '0.0"%"',
  statFormat: '0.0"%"',
  prefix: null,
  suffix: () => '%',
  percentCells: true,
  example: (rnd) => Math.round(rnd() * 1000) / 10,
});
