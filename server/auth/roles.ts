import type { User } from '../db/schema.ts';

export const roles = ['respondent', 'coordinator', 'analyst', 'admin'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  respondent: 'Respondent',
  coordinator: 'Coördinator',
  analyst: 'Analist',
  admin: 'Beheerder',
};

/** The session user as routes see it. */
export interface SessionUser {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  organisationCode: string | null;
  /** The user's session generation at login (see users.session_generation); absent for API tokens. */
  sessionGeneration?: number;
  /** A respondent who may approve the organisation's response: the account role 'vaststeller' (users.sign_off). */
  signOff?: boolean;
}

export const toSessionUser = (u: User): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role as Role,
  organisationCode: u.organisation_code,
  sessionGeneration: u.session_generation,
  signOff: u.role === 'respondent' && u.sign_off === 1,
});

/** Reading an organisation's answers: its own respondents, and staff who coordinate or analyse. */
export const canViewResponse = (u: SessionUser, org: string): boolean =>
  u.role === 'respondent' ? u.organisationCode === org : true;

/** Changing answers: its own respondents; coordinators and beheerders on its behalf. */
export const canEditResponse = (u: SessionUser, org: string): boolean =>
  u.role === 'respondent' ? u.organisationCode === org : u.role === 'coordinator' || u.role === 'admin';

/**
 * The roles an organisation's account can have (issue 16, point 7). A 'vaststeller' is a respondent
 * who may also approve ('vaststellen') the response or send it back: stored as role 'respondent' with
 * users.sign_off, so it can do everything a respondent can, and nothing outside its organisation.
 */
export const organisationRoles = ['respondent', 'vaststeller'] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

export const organisationRoleLabels: Record<OrganisationRole, string> = {
  respondent: 'Respondent',
  vaststeller: 'Vaststeller',
};

/** The organisation role of an account row (null for staff). */
export const organisationRoleOf = (u: Pick<User, 'role' | 'sign_off'>): OrganisationRole | null =>
  u.role !== 'respondent' ? null : u.sign_off === 1 ? 'vaststeller' : 'respondent';

/** Approving or sending back a response offered for sign-off: a vaststeller of that organisation only. */
export const canSignOff = (u: SessionUser, org: string): boolean =>
  u.role === 'respondent' && u.signOff === true && u.organisationCode === org;
