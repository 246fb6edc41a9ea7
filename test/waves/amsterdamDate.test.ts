import { describe, expect, it } from 'vitest';
import { amsterdamDate } from '../../server/domain/fieldwork.ts';

// Issue 18: the Amsterdam date is formatted once per minute; it must still turn at local midnight,
// in winter and summer time, whatever order the moments come in.
describe('amsterdamDate', () => {
  it('turns at midnight in Amsterdam, not in UTC', () => {
    expect(amsterdamDate(new Date('2024-06-30T21:59:59.999Z'))).toBe('2024-06-30');
    expect(amsterdamDate(new Date('2024-06-30T22:00:00.000Z'))).toBe('2024-07-01');
    expect(amsterdamDate(new Date('2024-12-31T22:59:59.999Z'))).toBe('2024-12-31');
    expect(amsterdamDate(new Date('2024-12-31T23:00:00.000Z'))).toBe('2025-01-01');
  });

  it('gives each moment its own date when calls jump back and forth within and across minutes', () => {
    const moments = ['2024-03-30T22:59:30Z', '2024-03-30T23:00:30Z', '2024-03-30T22:59:59Z', '2025-10-26T00:30:00Z', '2024-03-30T23:00:00Z'];
    expect(moments.map((m) => amsterdamDate(new Date(m)))).toEqual(['2024-03-30', '2024-03-31', '2024-03-30', '2025-10-26', '2024-03-31']);
  });

  it('still refuses an invalid date', () => {
    expect(() => amsterdamDate(new Date('not a date'))).toThrow(RangeError);
  });
});
