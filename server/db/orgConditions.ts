/**
 * The shape of a test on an organisation, shared by the monitor's dimensions (domain/monitor/
 * dimensions/, which build and evaluate them in memory) and the repositories (which turn them into
 * WHERE clauses). Defined here, at the bottom, so db/ never imports from domain/.
 */

/** An organisation attribute a condition can test; the db layer maps each to its column. */
export type OrgField = 'code' | 'actorKind' | 'provinceCode' | 'regionCode' | 'inhabitants';

/** One test on an organisation; a dimension's value becomes a list of these (all must hold). */
export type OrgCondition =
  | { field: OrgField; op: '='; value: string }
  | { field: 'inhabitants'; op: '<' | '>='; value: number }
  | { field: OrgField; op: 'in'; value: readonly string[] };
