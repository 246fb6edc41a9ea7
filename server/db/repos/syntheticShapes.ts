// The shapes of a synthetic wave's rows, shared by the SQLite and PostgreSQL writers.
import type { Organisation } from '../schema.ts';

/** An organisation row without its contact and bookkeeping fields. */
export type OrganisationCore = Pick<
  Organisation, 'code' | 'name' | 'actor_kind' | 'province_code' | 'province_name' | 'region_code' | 'inhabitants'
>;

/** What a synthetic wave writes, in order: copies of organisations (ignored when the code exists), then responses. */
export type SyntheticItem =
  | { organisation: OrganisationCore }
  | { response: { waveId: string; code: string; submitted: boolean; answers: Iterable<[string, unknown]> } };

export const CORE = 'code, name, actor_kind, province_code, province_name, region_code, inhabitants';
