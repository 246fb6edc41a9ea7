import type { Generated, Insertable, Selectable } from 'kysely';

export interface OrganisationTable {
  code: string; // CBS code (GM0363, JZ01) or national code (RIJK, VNG, …)
  name: string;
  actor_kind: string;
  province_code: string | null;
  province_name: string | null;
  region_code: string | null; // the youth-care region (JZxx) a gemeente belongs to
  inhabitants: number | null;
  contact_email: string | null;
  active: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** The actor kinds a survey's definition lists, copied at start-up: its organisations are those of these kinds. */
export interface SurveyActorKindTable {
  survey_id: string;
  actor_kind: string;
  position: number;
  part_of: string | null;
}

export type Organisation = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
