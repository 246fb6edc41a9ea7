import { messages } from '../messages.ts';
import type { NumberRules } from './numberRules.ts';
import { median, parseDutchNumber } from './numberText.ts';
import type { Aggregate, AnswerValue, ParseResult, QuestionLike } from './types.ts';

/** The range a hint and the codebook print ('0 tot en met 100', '0 of meer'). */
export const numberRange = (rules: NumberRules, q: QuestionLike) => {
  const max = q.max ?? (rules.showDefaultMax ? rules.defaultMax : undefined);
  return `${q.min ?? 0}${max !== undefined ? ` tot en met ${max}` : ' of meer'}`;
};

export const numberHint = (rules: NumberRules, q: QuestionLike) => `${rules.noun} van ${numberRange(rules, q)}.`;

const check = (rules: NumberRules, q: QuestionLike, n: number): ParseResult => {
  const min = q.min ?? rules.defaultMin;
  const max = q.max ?? rules.defaultMax;
  if (rules.integer && !Number.isInteger(n)) return { ok: false, error: messages.wholeNumber };
  if (n < min) return { ok: false, error: min === 0 ? messages.notNegative : messages.atLeast(rules.format(min)) };
  if (n > max) return { ok: false, error: messages.atMost(rules.format(max)) };
  return { ok: true, value: n };
};

/** A number as typed ('12,5', '€ 1.200') or as JSON, checked against the question's limits. */
export const parseNumberText = (rules: NumberRules, q: QuestionLike, raw: unknown): ParseResult => {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  if (typeof raw === 'number') return Number.isFinite(raw) ? check(rules, q, raw) : { ok: false, error: messages.notANumber };
  if (typeof raw !== 'string') return { ok: false, error: messages.notANumber };
  if (raw.trim() === '') return { ok: true, value: null };
  const n = parseDutchNumber(raw);
  return n === null ? { ok: false, error: messages.notANumber } : check(rules, q, n);
};

/** Mean, median, min and max over the numbers among the answers. */
export function numberAggregate(values: AnswerValue[]): Aggregate {
  const nums = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  const sum = nums.reduce((a, b) => a + b, 0);
  return {
    kind: 'numbers',
    n: nums.length,
    mean: nums.length ? sum / nums.length : null,
    median: median(nums),
    min: nums.length ? nums[0]! : null,
    max: nums.length ? nums[nums.length - 1]! : null,
  };
}
