import { questionsFor } from './model.ts';
import type { Survey } from './schema.ts';

const cache = new WeakMap<Survey, Map<string, Map<string, string>>>();
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The number a person sees before each question ('Vraag 8'). Main questions count on within their
 * theme; a follow-up takes its trigger's number and a letter ('Vraag 5a'), so hiding a follow-up
 * never makes the numbering jump from 5 to 7.
 */
export function questionNumbers(survey: Survey, actor: string): Map<string, string> {
  let perActor = cache.get(survey);
  if (!perActor) cache.set(survey, (perActor = new Map()));
  let numbers = perActor.get(actor);
  if (!numbers) {
    numbers = new Map();
    const all = questionsFor(survey, actor);
    for (const t of survey.themes) {
      let main = 0;
      const followUps = new Map<string, number>();
      for (const q of all.filter((x) => x.theme === t.id)) {
        const trigger = q.condition?.question;
        const base = trigger ? numbers.get(trigger) : undefined;
        if (trigger && base !== undefined && !/[a-z]$/.test(base)) {
          const n = followUps.get(trigger) ?? 0;
          followUps.set(trigger, n + 1);
          numbers.set(q.id, `${base}${LETTERS[n] ?? `-${n + 1}`}`);
        } else {
          numbers.set(q.id, String(++main));
        }
      }
    }
    perActor.set(actor, numbers);
  }
  return numbers;
}

/** Sorts question numbers as a person reads them: 2, 5, 5a, 5b, 10. */
export const compareQuestionNumbers = (a: string, b: string): number => a.localeCompare(b, 'nl', { numeric: true });
