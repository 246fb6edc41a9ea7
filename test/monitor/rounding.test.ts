import { describe, expect, it } from 'vitest';
import { percentages, roundPercent } from '../../server/domain/monitor/rounding.ts';

describe('percentages as the report prints them', () => {
  it('rounds each cell half up to a whole number', () => {
    expect(roundPercent(1, 8)).toBe(13); // 12.5
    expect(roundPercent(3, 8)).toBe(38); // 37.5
    expect(roundPercent(5, 8)).toBe(63); // 62.5
    expect(roundPercent(1, 40)).toBe(3); // 2.5
    expect(roundPercent(1, 3)).toBe(33);
    expect(roundPercent(2, 3)).toBe(67);
  });

  it('reproduces report rows: 84%/16%, and regio 17/73/5/5 of 41', () => {
    expect(percentages([258, 50], 308)).toEqual([84, 16]);
    expect(percentages([7, 30, 2, 2], 41)).toEqual([17, 73, 5, 5]);
    expect(percentages([0, 11, 9, 21], 41)).toEqual([0, 27, 22, 51]);
  });

  it('does not force a row to 100 (the report prints rows of 99 and 101)', () => {
    const row = percentages([1, 1, 1], 3); // 33.3 each
    expect(row).toEqual([33, 33, 33]);
    expect(percentages([1, 1, 2, 2, 2], 8).reduce((a, b) => a! + b!, 0)).toBe(101); // 12.5, 12.5, 25, 25, 25
  });

  it('has no figure without respondents', () => {
    expect(roundPercent(0, 0)).toBeNull();
    expect(percentages([0, 0], 0)).toEqual([null, null]);
  });
});
