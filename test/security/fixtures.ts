import { moduleFor, type AnswerValue } from '../../server/questions/index.ts';
import { fieldMap, isFieldApplicable, questionsFor, type Answers } from '../../server/survey/model.ts';
import type { Survey } from '../../server/survey/schema.ts';

/** Typed into every free-text field: breaks out of text, attributes and tags if anything is not escaped. */
export const PAYLOAD = `"'><script>window.__xss=1</script><img src=x onerror="window.__xss=2"><b>vet</b> & co`;

/**
 * A complete, valid set of answers for an organisation of this actor kind: every applicable field,
 * the 'other' option where there is one (so its text field applies), `text` in every free-text field.
 */
export function fullAnswers(survey: Survey, actor: string, text = PAYLOAD): Answers {
  const answers: Answers = {};
  for (const q of questionsFor(survey, actor)) {
    const m = moduleFor(q.type);
    const options = m.options(q);
    let value: AnswerValue;
    if (options) {
      const pick = options.find((o) => o.other) ?? options[0]!;
      value = m.traits.multiple ? [pick.code] : pick.code;
    } else value = m.example(q, () => 0.01, text); // free text: `text`; a number: small, within its limits
    answers[q.id] = value;
  }
  for (const [id, f] of fieldMap(survey, actor)) if (f.role !== 'answer') answers[id] = text;
  // Drop what does not apply given the answers chosen (follow-ups whose condition does not hold).
  for (const [id, f] of fieldMap(survey, actor)) if (!isFieldApplicable(f, answers)) delete answers[id];
  return answers;
}

/** One organisation per actor kind, from the reference data. */
export const ORG_PER_ACTOR: Record<string, string> = {
  gemeente: 'GM0363',
  regio: 'JZ13',
  rijk: 'RIJK',
  vng: 'VNG',
  bgzj: 'BGZJ',
  sbj: 'SBJ',
  kbl: 'KBL',
};
