/**
 * What a monitor dimension (a way to split the organisations: inhabitants class, province, …) is.
 * One `Dimension` entry holds everything about it, so counting, the SQL filter, the query string,
 * the caption, the filter forms and the export selection all read the same definition.
 */

import type { Survey } from '../../../survey/schema.ts';

/**
 * One test on an organisation (OrgCondition, on an OrgField). A dimension's value becomes a list of
 * these (all must hold); the domain evaluates them in memory (`segments.ts`) and the repo turns them
 * into WHERE clauses, so the rule is written once. The shape lives in db/ so the repo need not import domain/.
 */
import type { OrgCondition } from '../../../db/orgConditions.ts';

export type { OrgCondition, OrgField } from '../../../db/orgConditions.ts';

/** The provinces and regions that exist (from the database), for dimensions whose options vary. */
export interface SegmentChoices {
  provinces: { code: string; name: string }[];
  regions: { code: string; name: string }[];
}

export interface DimensionOption {
  code: string;
  /** As the form shows it: 'Minder dan 100.000 inwoners'. */
  name: string;
  /** In a caption: 'minder dan 100.000 inwoners'. */
  caption: string;
}

export interface Dimension<Id extends string = string> {
  /** Key in the filter object and the JSON API's `filter`: 'inhabitants'. */
  id: Id;
  /** Query-string key and form field name (Dutch, kept stable for links): 'inwoners'. */
  key: string;
  /** Form label: 'Inwoners'. */
  label: string;
  /** The form's "no filter" option: 'Alle gemeenten'. */
  empty: string;
  /**
   * Actor kinds the dimension sorts, read from the survey's actor traits (never named here);
   * organisations of other kinds are in none of its subsets. None: the dimension does not apply
   * to this survey and its form field is not shown.
   */
  actorKinds: (survey: Survey) => readonly string[];
  /** How a typed value is tidied before it is checked (codes are upper case). */
  normalise: (raw: string) => string;
  options: (choices: SegmentChoices) => DimensionOption[];
  /** Dutch message for a value that is not an option (HTTP 422 next to the field). */
  invalid: (value: string) => string;
  /** Caption text of a value that is not (or no longer) an option, e.g. a stale link. */
  unknownCaption: (value: string) => string;
  /** Which organisations have this value, beyond `actorKinds`. */
  conditions: (value: string) => OrgCondition[];
}
