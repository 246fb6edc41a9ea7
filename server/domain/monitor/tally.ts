/**
 * The monitor tables' figures in one streaming pass over a wave's answers (issue 18): counts per
 * actor kind, question and stored value, and how many organisations answered each table, are kept;
 * the answers themselves are not. Memory stays the size of the survey, not of the wave.
 */
import type { AnswerValue } from '../../questions/index.ts';
import type { Survey } from '../../survey/schema.ts';
import { planOf, type FieldPlan } from './tallyPlan.ts';
import type { TableSource } from './tableSource.ts';

/**
 * Which kind each response (or organisation) that counts under the filter is, by the key its rows
 * carry; the caller applies the filter. Rows of other keys are skipped.
 */
export type Counting<K> = ReadonlyMap<K, string>;

/** One stored answer: whose (response id or organisation code), which field, the JSON text. */
export type AnswerRow<K> = readonly [key: K, field: string, value: string];

/** A field of one actor kind's plan with its running counts. */
interface Slot extends FieldPlan {
  values: Map<string, number>;
  answered: number;
  isParent: boolean;
}

interface ActorTally {
  slots: Map<string, Slot>;
  tables: Map<string, number>;
  respondents: number;
}

function actorTally(survey: Survey, actor: string): ActorTally {
  const plan = planOf(survey, actor);
  const parents = new Set([...plan.values()].flatMap((p) => (p.followUp ? [p.followUp.parent] : [])));
  const slots = new Map<string, Slot>();
  for (const [field, p] of plan) slots.set(field, { ...p, values: new Map(), answered: 0, isParent: parents.has(field) });
  return { slots, tables: new Map(), respondents: 0 };
}

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

  // The rows of the response being read; the slots of its kind.
  let rows: { slot: Slot; value: string }[] = [];
  let current: ActorTally | null = null;
  const parentValues = new Map<string, string>();
  const themes = new Set<string>();

  function flush() {
    if (!current) return;
    parentValues.clear();
    for (const r of rows) if (r.slot.isParent) parentValues.set(r.slot.field, r.value);
    themes.clear();
    let counted = false;
    for (const { slot, value } of rows) {
      slot.answered++;
      if (!slot.counted) continue;
      if (slot.followUp) {
        const parent = parentValues.get(slot.followUp.parent);
        if (parent === undefined || !slot.followUp.holds(parse(parent))) continue;
      }
      counted = true;
      if (slot.tableTheme !== null) themes.add(slot.tableTheme);
      slot.values.set(value, (slot.values.get(value) ?? 0) + 1);
    }
    for (const t of themes) current.tables.set(t, (current.tables.get(t) ?? 0) + 1);
    if (counted) current.respondents++;
    rows = [];
    current = null;
  }

  const slotOf = (question: string, actor: string) => actors.get(actor)?.slots.get(question);
  const source: TableSource = {
    values(question, actor) {
      const out: AnswerValue[] = [];
      for (const [json, n] of slotOf(question, actor)?.values ?? []) {
        const v = parse(json);
        for (let i = 0; i < n; i++) out.push(v);
      }
      return out;
    },
    answered: (question, actor) => slotOf(question, actor)?.answered ?? 0,
    answeredTable: (theme, actor) => actors.get(actor)?.tables.get(theme) ?? 0,
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
        const slot = current?.slots.get(field);
        if (slot) rows.push({ slot, value });
      }
      // A batch ends with a whole response.
      flush();
      lastKey = undefined;
    },
  };
}
