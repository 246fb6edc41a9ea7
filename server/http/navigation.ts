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

/** The header's own links besides the menu: the site name and the account page. */
const headerLinks = ['/', '/account'];
/** The value of the header's 'Uitloggen' when it is a button of a theme form (save first, then log out). */
export const LOGOUT_DESTINATION = '/uitloggen';

/**
 * Where a header button of a theme form may lead after saving: only a path the header itself offers
 * this user (never an open redirect such as '//evil', '/\evil' or 'https://…'). Anything else: null.
 */
export function headerDestination(user: SessionUser | null, wanted: unknown): string | null {
  if (typeof wanted !== 'string' || !/^\/(?![/\\])/.test(wanted)) return null;
  const allowed = [...headerLinks, LOGOUT_DESTINATION, ...navigationFor(user).map((i) => i.href)];
  return user && allowed.includes(wanted) ? wanted : null;
}
