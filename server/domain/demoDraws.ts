/**
 * How synthetic demo answers are drawn so they look like a monitor (issue 17), pure: around the
 * published distributions of the 2024 report, and a year later moved on from last year's answer,
 * mostly towards done ('Afgerond', 'Ja'), now and then back. Never used for real answers.
 */
import { moduleFor, type AnswerValue } from '../questions/index.ts';
import type { ExampleOptions } from './exampleAnswers.ts';
import { towardsDone } from './monitor/trendPairs.ts';

type Draw = NonNullable<ExampleOptions['draw']>;

/** Per question id the published percentage per option code. */
export type Profile = Record<string, Record<string, number>>;

/** An option drawn with the published percentages as weights; undefined for a question without them. */
export const publishedDraw = (profile: Profile): Draw => (q, rnd) => {
  const weights = profile[q.id];
  if (!weights) return undefined;
  const entries = Object.entries(weights).filter(([, w]) => w > 0);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let x = rnd() * total;
  for (const [code, w] of entries) if ((x -= w) < 0) return code;
  return entries.at(-1)?.[0];
};

/** Chances of a year's movement of one answer. */
export const MOVEMENT = { forward: 0.3, twoForward: 0.08, back: 0.05, keepOther: 0.75 } as const;

/**
 * Last year's answer (`prior`, by this year's question id) moved on: one step towards done with
 * chance `forward` (two with `twoForward`), one step back with `back`; other types keep last year's
 * value with chance `keepOther`. A value that no longer fits, or a new question, is drawn afresh.
 */
export const movedDraw = (prior: Record<string, AnswerValue>): Draw => (q, rnd) => {
  const before = prior[q.id];
  if (before === undefined) return undefined;
  const order = towardsDone(q);
  let value: AnswerValue | undefined;
  if (order && typeof before === 'string' && order.includes(before)) {
    const x = rnd();
    const step = x < MOVEMENT.twoForward ? 2 : x < MOVEMENT.forward ? 1 : x < MOVEMENT.forward + MOVEMENT.back ? -1 : 0;
    value = order[Math.max(0, Math.min(order.length - 1, order.indexOf(before) + step))];
  } else {
    value = rnd() < MOVEMENT.keepOther ? before : undefined;
  }
  if (value === undefined) return undefined;
  const parsed = moduleFor(q.type).parseJson(q, value);
  return parsed.ok && parsed.value !== null ? parsed.value : undefined;
};
