import { messages } from '../messages.ts';
import { moduleFor } from '../questions/index.ts';
import { fieldMap } from '../survey/model.ts';
import { compareQuestionNumbers, questionNumbers } from '../survey/numbers.ts';
import type { Survey } from '../survey/schema.ts';

const list = (ns: string[]) => (ns.length === 1 ? `vraag ${ns[0]}` : `vraag ${ns.slice(0, -1).join(', ')} en ${ns[ns.length - 1]}`);

/**
 * Why answers to follow-ups were not kept, one sentence per condition:
 * "De antwoorden bij vraag 2 en 3 zijn niet bewaard, omdat ze alleen gelden bij antwoord ‘Ja’ op vraag 1."
 */
export function ignoredNotice(survey: Survey, actor: string, ignored: string[]): string | null {
  const fields = fieldMap(survey, actor);
  const numbers = questionNumbers(survey, actor);
  const byCondition = new Map<string, { trigger: string; equals: string[]; numbers: Set<string> }>();
  for (const id of ignored) {
    const q = fields.get(id)?.question;
    if (!q?.condition) continue;
    const key = `${q.condition.question}=${q.condition.equals.join('|')}`;
    const group = byCondition.get(key) ?? { trigger: q.condition.question, equals: q.condition.equals, numbers: new Set<string>() };
    group.numbers.add(numbers.get(q.id) ?? '');
    byCondition.set(key, group);
  }
  const sentences = [...byCondition.values()].map((g) => {
    const trigger = survey.questions.find((t) => t.id === g.trigger)!;
    const labels = g.equals.map((c) => `‘${moduleFor(trigger.type).format(trigger, c)}’`).join(' of ');
    return messages.ignoredFollowUps(list([...g.numbers].sort(compareQuestionNumbers)), labels, numbers.get(trigger.id) ?? '');
  });
  return sentences.length ? sentences.join(' ') : null;
}
