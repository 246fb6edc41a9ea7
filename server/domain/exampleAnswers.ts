/**
 * Example answers to a questionnaire, at random but within its rules: each question type gives a
 * valid value (`example`), follow-ups only after the answer they follow. Used by the demo data,
 * the benchmark's synthetic waves and tests.
 */
import { moduleFor, type AnswerValue } from '../questions/index.ts';
import { EXAMPLE_TEXTS } from '../questions/tekst.ts';
import type { Question } from '../survey/schema.ts';

/** Small deterministic PRNG (mulberry32), so runs are comparable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ExampleOptions {
  /** Chance that an optional question or an explanation is filled in. */
  fill: number;
  /** A draft: required questions may be left open. */
  submitted: boolean;
  /** A value drawn another way (a published distribution, last year's answer moved on), or undefined for `example`. */
  draw?: (q: Question, rnd: () => number, given: ReadonlyMap<string, AnswerValue>) => AnswerValue | undefined;
}

/** One organisation's answers, field id → value, in questionnaire order. */
export function exampleAnswers(questions: Question[], rnd: () => number, opts: ExampleOptions): Map<string, AnswerValue> {
  const given = new Map<string, AnswerValue>();
  for (const q of questions) {
    if (q.condition) {
      const parent = given.get(q.condition.question);
      const chosen = parent === undefined ? [] : Array.isArray(parent) ? parent : [String(parent)];
      if (!q.condition.equals.some((c) => chosen.includes(c))) continue;
    }
    if (!q.required && rnd() > opts.fill) continue;
    if (q.required && !opts.submitted && rnd() > 0.97) continue; // drafts have gaps; submitted responses are complete
    given.set(q.id, opts.draw?.(q, rnd, given) ?? moduleFor(q.type).example(q, rnd));
    if (q.explanation && rnd() < opts.fill / 3) given.set(`${q.id}.toelichting`, EXAMPLE_TEXTS[Math.floor(rnd() * EXAMPLE_TEXTS.length)]!);
  }
  return given;
}
