/**
 * Who sees the dashboards: coordinators, analysts and beheerders always; a respondent only after
 * its organisation submitted this wave (as in the real monitor), so nobody reads others' answers first.
 */
export type DashboardAccess = 'staff' | 'respondent' | 'locked' | 'forbidden';

/** What the rule reads of the logged-in user (auth/roles.ts's SessionUser has it). */
export interface Viewer {
  role: string;
  organisationCode: string | null;
}

export const isStaff = (u: Viewer): boolean => u.role === 'coordinator' || u.role === 'analyst' || u.role === 'admin';

export function dashboardAccess(user: Viewer, ownSubmitted: boolean): DashboardAccess {
  if (isStaff(user)) return 'staff';
  if (user.role !== 'respondent' || !user.organisationCode) return 'forbidden';
  return ownSubmitted ? 'respondent' : 'locked';
}
