import { moduleFor } from '../../questions/index.ts';
import type { ActorDef, Question, Survey } from '../../survey/schema.ts';
import { tableLayout } from './tableLayout.ts';
import type { Chosen, SharedAgreement, TableRow } from './types.ts';

export interface RowOfActor {
  actor: ActorDef;
  themeId: string;
  row: TableRow;
  /** Most chosen answer for gemeenten/regio's; the answer itself for single organisations. */
  answer: Chosen | null;
}

/** Across question types (status and yes/no) answers meet at each type's 'done' code: Afgerond = Ja. */
const done = (answer: Chosen, q: Question | undefined): string =>
  (q && moduleFor(q.type).doneCode === answer.code ? 'done' : 'not-done');

/**
 * Agreements asked of several actors (same agreementKey), side by side; `differs` when two actors
 * answered differently, as the report remarks for Rijk and VNG on volwassen-GGZ. Marks the rows too.
 */
export function sharedAgreements(survey: Survey, rows: RowOfActor[]): SharedAgreement[] {
  const groups = new Map<string, RowOfActor[]>();
  for (const r of rows) {
    if (!r.row.agreementKey) continue;
    const list = groups.get(r.row.agreementKey) ?? [];
    list.push(r);
    groups.set(r.row.agreementKey, list);
  }
  const out: SharedAgreement[] = [];
  for (const [key, members] of groups) {
    if (members.length < 2) continue;
    const questionOf = (m: RowOfActor) => tableLayout(survey).questionById.get(m.row.questionId);
    const types = new Set(members.map((m) => questionOf(m)?.type));
    const answers = members.flatMap((m) => (m.answer ? [types.size > 1 ? done(m.answer, questionOf(m)) : m.answer.code] : []));
    const differs = new Set(answers).size > 1;
    if (differs) for (const m of members) m.row.agreementDiffers = true;
    out.push({
      key,
      themeId: members[0]!.themeId,
      text: members[0]!.row.text,
      members: members.map((m) => ({
        actor: m.actor.id, actorLabel: m.actor.labelPlural, questionId: m.row.questionId,
        planning: m.row.planning, answer: m.answer, n: m.row.n,
      })),
      differs,
      unansweredBy: members.filter((m) => !m.answer).map((m) => m.actor.labelPlural),
    });
  }
  return out;
}
