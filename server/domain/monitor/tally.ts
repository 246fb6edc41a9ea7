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

/** One stored answer: whose (response id or organisation code), which field, the JSON text. */
export type AnswerRow<K> = readonly [key: K, field: string, value: string];

/**
 * Feed it the answers of whole responses, rows of one response together (a response never spans
 * two batches); `source` then answers what the tables ask. Follow-ups count only where the answer
 * they follow holds their condition, as the tables have always done.
 */
export function waveTallier<K>(survey: Survey, counting: Counting<K>): { add(rows: Iterable<AnswerRow<K>>): void; source: TableSource } {
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

  // The rows of the response being read (slots and values side by side, reused: a national wave has a
  // million rows), the slots of its kind, and its number (a table counts each response once).
  const slots: SlotPlan[] = [];
  const values: string[] = [];
  let n = 0;
  let current: ActorTally | null = null;
  // Starts at 1 with the first response: a table's `tableSeen` of 0 has seen none.
  let response = 0;
  const parentValues = new Map<string, string>();

  function flush() {
    if (!current) return;
    response++;
    const t = current;
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
    n = 0;
    current = null;
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

  let lastKey: K | undefined;
  return {
    source,
    add(batch) {
      for (const [key, field, value] of batch) {
        if (key !== lastKey) {
          flush();
          lastKey = key;
          const actor = counting.get(key);
          current = actor === undefined ? null : tallyOf(actor);
        }
        const slot = current?.plan.slots.get(field);
        if (slot) {
          slots[n] = slot;
          values[n++] = value;
        }
      }
      // A batch ends with a whole response.
      flush();
      lastKey = undefined;
    },
  };
}
