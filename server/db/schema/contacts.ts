import type { Generated, Selectable } from 'kysely';

/** Contact people of an organisation (issue 16, point 1); not accounts: an invitation makes one. */
export interface OrganisationContactTable {
  id: Generated<number>;
  organisation_code: string;
  name: string;
  email: string | null;
  role: string; // contactpersoon | vaststeller | anders
  role_other: string | null; // the free text of 'anders'
  created_at: string;
  updated_at: string;
}

export type OrganisationContact = Selectable<OrganisationContactTable>;
