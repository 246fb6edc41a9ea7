import { activeRespondents } from '../../db/repos/accounts.ts';
import { contactsByOrganisation } from '../../db/repos/contacts.ts';
import type { Services } from '../../context.ts';
import { contactRoleText } from './contactRoles.ts';

/** Who a reminder reaches at an organisation, and how the workbench names them. */
export interface Reach {
  /** Active accounts, the organisation's contact address, then its contact people: each address once. */
  emails: string[];
  /** The same, a contact person as 'Naam (rol) <adres>'; contact people without an address too, as 'Naam (rol, geen e-mail)'. */
  labels: string[];
}

export async function reachOf(s: Services, orgs: { code: string; contactEmail: string | null }[]): Promise<Map<string, Reach>> {
  const codes = orgs.map((o) => o.code);
  const users = await activeRespondents(s.db, codes);
  const people = await contactsByOrganisation(s.db, codes);
  const out = new Map<string, Reach>();
  for (const o of orgs) {
    const contacts = people.get(o.code) ?? [];
    const accounts = users.filter((u) => u.organisation_code === o.code).map((u) => u.email);
    const withEmail = contacts.flatMap((c) => (c.email ? [c.email] : []));
    const emails = [...new Set([...accounts, ...(o.contactEmail ? [o.contactEmail] : []), ...withEmail])];
    const labels = emails.map((e) => {
      const c = contacts.find((x) => x.email === e);
      return c ? `${c.name} (${contactRoleText(c)}) <${e}>` : e;
    });
    for (const c of contacts) if (!c.email) labels.push(`${c.name} (${contactRoleText(c)}, geen e-mail)`);
    out.set(o.code, { emails, labels });
  }
  return out;
}
