import type { Role } from '../../auth/roles.ts';
import type { OrganisationContact } from '../../db/schema.ts';

/** The roles of a contact person (issue 16, point 1): two named ones and a free 'anders'. */
export const contactRoles = ['contactpersoon', 'vaststeller', 'anders'] as const;
export type ContactRole = (typeof contactRoles)[number];

export const contactRoleLabels: Record<ContactRole, string> = {
  contactpersoon: 'Contactpersoon monitor',
  vaststeller: 'Vaststeller',
  anders: 'Anders',
};

/** How a contact's role reads in lists and files: 'contactpersoon monitor', 'vaststeller' or the free text. */
export function contactRoleText(c: Pick<OrganisationContact, 'role' | 'role_other'>): string {
  if (c.role === 'anders') return c.role_other || 'anders';
  return (contactRoleLabels[c.role as ContactRole] ?? c.role).toLowerCase();
}

const norm = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/** A 'rol' cell of an import: empty or 'contactpersoon (monitor)', 'vaststeller', anything else is 'anders' with that text. */
export function roleFromText(text: string): { role: ContactRole; other: string | null } {
  const n = norm(text);
  if (n === '' || n === 'contactpersoon' || n === 'contactpersoonmonitor') return { role: 'contactpersoon', other: null };
  if (n === 'vaststeller') return { role: 'vaststeller', other: null };
  return { role: 'anders', other: text.trim() };
}

/**
 * The account a bulk invitation makes for a contact: a respondent, who may also approve the
 * organisation's answers (sign-off, issue 16 point 7) when the contact is its 'vaststeller'.
 */
export function accountRoleForContact(role: string): { role: Role; signOff: boolean } {
  return { role: 'respondent', signOff: role === 'vaststeller' };
}
