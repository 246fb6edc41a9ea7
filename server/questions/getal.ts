import { formatNumber, numberModule } from './numberQuestion.ts';

export const getal = numberModule('getal', {
  integer: true,
  defaultMin: 0,
  defaultMax: 10_000_000,
  format: (n) => formatNumber(n, 0),
  noun: 'Een heel getal',
  showDefaultMax: false,
  unit: '',
  numFmt: '0',
  statFormat: '#,##0.0',
  prefix: null,
  suffix: (q) => q.unit || null,
  example: (rnd) => Math.floor(rnd() * 120),
});
