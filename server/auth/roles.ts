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
}

export const toSessionUser = (u: User): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role as Role,
  organisationCode: u.organisation_code,
  sessionGeneration: u.session_generation,
});

/** Reading an organisation's answers: its own respondents, and staff who coordinate or analyse. */
export const canViewResponse = (u: SessionUser, org: string): boolean =>
  u.role === 'respondent' ? u.organisationCode === org : true;

/** Changing answers: its own respondents; coordinators and beheerders on its behalf. */
export const canEditResponse = (u: SessionUser, org: string): boolean =>
  u.role === 'respondent' ? u.organisationCode === org : u.role === 'coordinator' || u.role === 'admin';
