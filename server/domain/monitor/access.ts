import type { SessionUser } from '../../auth/roles.ts';

/**
 * Who sees the dashboards: coordinators, analysts and beheerders always; a respondent only after
 * its organisation submitted this wave (as in the real monitor), so nobody reads others' answers first.
 */
export type DashboardAccess = 'staff' | 'respondent' | 'locked' | 'forbidden';

export const isStaff = (u: SessionUser): boolean => u.role === 'coordinator' || u.role === 'analyst' || u.role === 'admin';

export function dashboardAccess(user: SessionUser, ownSubmitted: boolean): DashboardAccess {
  if (isStaff(user)) return 'staff';
  if (user.role !== 'respondent' || !user.organisationCode) return 'forbidden';
  return ownSubmitted ? 'respondent' : 'locked';
}
