import { questionsFor } from './model.ts';
import type { Survey } from './schema.ts';

const cache = new WeakMap<Survey, Map<string, Map<string, number>>>();

/** The number a person sees before each question: its place within its theme ('Vraag 8'). */
export function questionNumbers(survey: Survey, actor: string): Map<string, number> {
  let perActor = cache.get(survey);
  if (!perActor) cache.set(survey, (perActor = new Map()));
  let numbers = perActor.get(actor);
  if (!numbers) {
    numbers = new Map();
    const all = questionsFor(survey, actor);
    for (const t of survey.themes) all.filter((q) => q.theme === t.id).forEach((q, i) => numbers!.set(q.id, i + 1));
    perActor.set(actor, numbers);
  }
  return numbers;
}
