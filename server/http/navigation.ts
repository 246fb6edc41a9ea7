import type { SessionUser } from '../auth/roles.ts';

export interface NavItem {
  href: string;
  label: string;
}

/** The menu shows only what the role may do; routes check again on their own. */
const items: { href: string; label: string; roles: SessionUser['role'][] }[] = [
  { href: '/vragenlijst', label: 'Vragenlijst', roles: ['respondent'] },
  { href: '/monitor', label: 'Monitor', roles: ['respondent', 'coordinator', 'analyst', 'admin'] },
  { href: '/beheer', label: 'Coördinatie', roles: ['coordinator', 'admin'] },
  { href: '/analyse', label: 'Export', roles: ['analyst', 'coordinator', 'admin'] },
];

export const registeredNav: string[] = [];

export function navigationFor(user: SessionUser | null): NavItem[] {
  if (!user) return [];
  return items.filter((i) => i.roles.includes(user.role) && (i.href === '/vragenlijst' || registeredNav.includes(i.href)));
}
