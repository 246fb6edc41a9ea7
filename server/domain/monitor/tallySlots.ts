// The running counts of one actor kind's tally (tally.ts): a slot per field of its plan, a count per table.
import type { Survey } from '../../survey/schema.ts';
import { planOf, type FieldPlan } from './tallyPlan.ts';

/** How many responses answered one table (a theme) of one kind; `seen` is the last response counted. */
export interface TableCount {
  n: number;
  seen: number;
}

/** A field of one actor kind's plan with its running counts. */
export interface Slot extends FieldPlan {
  values: Map<string, number>;
  answered: number;
  isParent: boolean;
  /** The count of the table this field is a row of (null: not a table row). */
  table: TableCount | null;
}

export interface ActorTally {
  slots: Map<string, Slot>;
  tables: Map<string, TableCount>;
  respondents: number;
  hasParents: boolean;
}

export function actorTally(survey: Survey, actor: string): ActorTally {
  const plan = planOf(survey, actor);
  const parents = new Set([...plan.values()].flatMap((p) => (p.followUp ? [p.followUp.parent] : [])));
  const slots = new Map<string, Slot>();
  const tables = new Map<string, TableCount>();
  for (const [field, p] of plan) {
    let table: TableCount | null = null;
    if (p.tableTheme !== null) {
      table = tables.get(p.tableTheme) ?? { n: 0, seen: -1 };
      tables.set(p.tableTheme, table);
    }
    slots.set(field, { ...p, values: new Map(), answered: 0, isParent: parents.has(field), table });
  }
  return { slots, tables, respondents: 0, hasParents: parents.size > 0 };
}
