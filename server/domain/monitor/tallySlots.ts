// What one actor kind's tally (tally.ts) counts: the plan of its fields, made once per survey and
// kind, and the running counts of one tally in arrays by slot. A tally per filter and page then costs
// a few arrays, not an object and a map per field of every kind (most of a small segment's time).
import type { Survey } from '../../survey/schema.ts';
import { planOf, type FieldPlan } from './tallyPlan.ts';

/** A field of one kind's plan with where its counts go. */
export interface SlotPlan extends FieldPlan {
  index: number;
  isParent: boolean;
  /** The index of the table (theme) this field is a row of; -1: not a table row. */
  table: number;
}

export interface KindPlan {
  slots: ReadonlyMap<string, SlotPlan>;
  /** Theme → table index. */
  tables: ReadonlyMap<string, number>;
  hasParents: boolean;
}

/** One tally's counts for one kind; `tableSeen` is the last response a table counted (each once). */
export interface ActorTally {
  plan: KindPlan;
  answered: Int32Array;
  values: (Map<string, number> | undefined)[];
  tableN: Int32Array;
  tableSeen: Int32Array;
  respondents: number;
}

const plans = new WeakMap<Survey, Map<string, KindPlan>>();

function kindPlan(survey: Survey, actor: string): KindPlan {
  let perActor = plans.get(survey);
  if (!perActor) plans.set(survey, (perActor = new Map()));
  let plan = perActor.get(actor);
  if (plan) return plan;
  const fields = planOf(survey, actor);
  const parents = new Set([...fields.values()].flatMap((p) => (p.followUp ? [p.followUp.parent] : [])));
  const slots = new Map<string, SlotPlan>();
  const tables = new Map<string, number>();
  for (const [field, p] of fields) {
    if (p.tableTheme !== null && !tables.has(p.tableTheme)) tables.set(p.tableTheme, tables.size);
    const table = p.tableTheme === null ? -1 : tables.get(p.tableTheme)!;
    slots.set(field, { ...p, index: slots.size, isParent: parents.has(field), table });
  }
  perActor.set(actor, (plan = { slots, tables, hasParents: parents.size > 0 }));
  return plan;
}

export function actorTally(survey: Survey, actor: string): ActorTally {
  const plan = kindPlan(survey, actor);
  return {
    plan, answered: new Int32Array(plan.slots.size), values: new Array<Map<string, number> | undefined>(plan.slots.size),
    tableN: new Int32Array(plan.tables.size), tableSeen: new Int32Array(plan.tables.size), respondents: 0,
  };
}
