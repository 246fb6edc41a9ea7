import {
  contactsOfOrganisation, deleteContact, findContact, insertContact, updateContact, type ContactValues,
} from '../../db/repos/contacts.ts';
import { messages } from '../../messages.ts';
import { isoNow, type Services } from '../../context.ts';
import { contactRoles, type ContactRole } from './contactRoles.ts';
import { isValidEmail } from './emails.ts';

/** Contact people of one organisation, added, changed and removed on its page (issue 16, point 1). */
export interface ContactInput {
  naam: string;
  email: string;
  rol: string;
  rolAnders: string;
}

export const emptyContact: ContactInput = { naam: '', email: '', rol: 'contactpersoon', rolAnders: '' };

export type ContactErrors = Partial<Record<keyof ContactInput, string>>;

/** A name as it is stored: trimmed, runs of spaces as one. */
export const cleanName = (name: string) => name.trim().replace(/\s+/g, ' ');

/** Checks the form field by field; the values to store when it is right. */
export function checkContact(input: ContactInput, otherEmails: string[]): { errors: ContactErrors; values: ContactValues | null } {
  const t = messages.contacts;
  const errors: ContactErrors = {};
  const name = cleanName(input.naam);
  const email = input.email.trim().toLowerCase();
  const other = input.rolAnders.trim();
  if (!name) errors.naam = t.missingName;
  else if (name.length > 200) errors.naam = t.longName;
  if (email && !isValidEmail(email)) errors.email = t.badEmail;
  else if (email && otherEmails.includes(email)) errors.email = t.duplicateEmail(email);
  if (!(contactRoles as readonly string[]).includes(input.rol)) errors.rol = t.unknownRole;
  else if (input.rol === 'anders' && !other) errors.rolAnders = t.missingOther;
  else if (other.length > 100) errors.rolAnders = t.longOther;
  if (Object.keys(errors).length) return { errors, values: null };
  const role = input.rol as ContactRole;
  return { errors, values: { name, email: email || null, role, role_other: role === 'anders' ? other : null } };
}

const emailsOf = async (s: Services, code: string, except?: number) =>
  (await contactsOfOrganisation(s.db, code)).filter((c) => c.id !== except && c.email).map((c) => c.email!);

export async function addContact(s: Services, code: string, input: ContactInput): Promise<ContactErrors> {
  const { errors, values } = checkContact(input, await emailsOf(s, code));
  if (values) await insertContact(s.db, code, values, isoNow(s));
  return errors;
}

/** null when the contact does not exist (any more). */
export async function changeContact(s: Services, code: string, id: number, input: ContactInput): Promise<ContactErrors | null> {
  if (!(await findContact(s.db, code, id))) return null;
  const { errors, values } = checkContact(input, await emailsOf(s, code, id));
  if (values) await updateContact(s.db, id, values, isoNow(s));
  return errors;
}

/** The name of the removed contact, or null when there was none. */
export async function removeContact(s: Services, code: string, id: number): Promise<string | null> {
  const contact = await findContact(s.db, code, id);
  if (!contact) return null;
  await deleteContact(s.db, code, id);
  return contact.name;
}

export { contactsOfOrganisation };
