/**
 * The monitor tables' figures in one streaming pass over a wave's answers (issue 18): counts per
 * actor kind, question and stored value, and how many organisations answered each table, are kept;
 * the answers themselves are not. Memory stays the size of the survey, not of the wave.
 */
import type { AnswerValue } from '../../questions/index.ts';
import type { Survey } from '../../survey/schema.ts';
import { actorTally, type ActorTally, type SlotPlan } from './tallySlots.ts';
import type { TableSource } from './tableSource.ts';

/**
 * Which kind each response (or organisation) that counts under the filter is, by the key its rows
 * carry; the caller applies the filter. Rows of other keys are skipped.
 */
export type Counting<K> = ReadonlyMap<K, string>;

/**
 * One stored response's answers that count: field and JSON text side by side in one list (field,
 * value, field, value, …), as the database hands them over without a tuple per answer.
 */
export type AnswerPairs = readonly string[];

/**
 * Feed it the answers of whole responses, one response per call; `source` then answers what the
 * tables ask. Follow-ups count only where the answer they follow holds their condition, as the
 * tables have always done.
 */
export function waveTallier<K>(survey: Survey, counting: Counting<K>): { addResponse(key: K, pairs: AnswerPairs): void; source: TableSource } {
  const actors = new Map<string, ActorTally>();
  const parsed = new Map<string, AnswerValue>();
  const parse = (json: string) => {
    let v = parsed.get(json);
    if (v === undefined) parsed.set(json, (v = JSON.parse(json) as AnswerValue));
    return v;
  };
  const tallyOf = (actor: string) => {
    let t = actors.get(actor);
    if (!t) actors.set(actor, (t = actorTally(survey, actor)));
    return t;
  };

  // The counted rows of the response being read (slots and values side by side, reused: a national
  // wave has a million rows), and its number (a table counts each response once).
  const slots: SlotPlan[] = [];
  const values: string[] = [];
  // Starts at 1 with the first response: a table's `tableSeen` of 0 has seen none.
  let response = 0;
  const parentValues = new Map<string, string>();

  function addResponse(key: K, pairs: AnswerPairs) {
    const actor = counting.get(key);
    if (actor === undefined) return;
    const t = tallyOf(actor);
    const plan = t.plan.slots;
    let n = 0;
    for (let i = 0; i < pairs.length; i += 2) {
      const slot = plan.get(pairs[i]!);
      if (slot) {
        slots[n] = slot;
        values[n++] = pairs[i + 1]!;
      }
    }
    if (n === 0) return;
    response++;
    if (t.plan.hasParents) {
      parentValues.clear();
      for (let i = 0; i < n; i++) if (slots[i]!.isParent) parentValues.set(slots[i]!.field, values[i]!);
    }
    let counted = false;
    for (let i = 0; i < n; i++) {
      const slot = slots[i]!;
      t.answered[slot.index]!++;
      if (!slot.counted) continue;
      if (slot.followUp) {
        const parent = parentValues.get(slot.followUp.parent);
        if (parent === undefined || !slot.followUp.holds(parse(parent))) continue;
      }
      counted = true;
      if (slot.table >= 0 && t.tableSeen[slot.table] !== response) {
        t.tableSeen[slot.table] = response;
        t.tableN[slot.table]!++;
      }
      const value = values[i]!;
      let counts = t.values[slot.index];
      if (!counts) t.values[slot.index] = counts = new Map();
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    if (counted) t.respondents++;
  }

  const countsOf = <T>(question: string, actor: string, read: (t: ActorTally, index: number) => T, none: T): T => {
    const t = actors.get(actor);
    const slot = t?.plan.slots.get(question);
    return t && slot ? read(t, slot.index) : none;
  };
  const source: TableSource = {
    values(question, actor) {
      const out: AnswerValue[] = [];
      for (const [json, n] of countsOf(question, actor, (t, i) => t.values[i], undefined) ?? []) {
        const v = parse(json);
        for (let i = 0; i < n; i++) out.push(v);
      }
      return out;
    },
    answered: (question, actor) => countsOf(question, actor, (t, i) => t.answered[i]!, 0),
    answeredTable: (theme, actor) => {
      const t = actors.get(actor);
      const index = t?.plan.tables.get(theme);
      return t && index !== undefined ? t.tableN[index]! : 0;
    },
    respondents: (actor) => actors.get(actor)?.respondents ?? 0,
  };

  return { source, addResponse };
}
