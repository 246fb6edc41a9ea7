/** What a bulk invitation would do per contact person; which organisations it reaches is bulkSelection.ts. */
import { accountsByEmail, contactsByOrganisation } from '../../db/repos/contacts.ts';
import { latestInvitations } from '../../db/repos/invitations.ts';
import { findWave } from '../../db/repos/waves.ts';
import type { User, Wave } from '../../db/schema.ts';
import { messages } from '../../messages.ts';
import { formatDateTimeNl } from '../../presenters/format.ts';
import type { Services } from '../../context.ts';
import { selectedOrganisations, type BulkSelection } from './bulkSelection.ts';
import { accountRoleForContact, contactRoleText } from './contactRoles.ts';

/** Bulk invitations (issue 16, point 2): one contact person, the account it is for, and what happens. */
export interface BulkLine {
  organisation: { code: string; name: string };
  contact: { id: number; name: string; email: string | null; role: string; roleText: string };
  /** The account it is for: null when a new one is made. */
  user: User | null;
  /** 'nieuw': a new account and an invitation; 'opnieuw': the account exists, a fresh link replaces an unused one. */
  action: 'nieuw' | 'opnieuw' | null;
  skip: string | null;
}

export interface BulkPlan {
  wave: Wave;
  organisations: number;
  send: BulkLine[];
  skipped: BulkLine[];
  withoutContacts: { code: string; name: string }[];
}

/** Why an existing account gets no invitation now; null when a fresh one makes sense. */
type Invitation = { expires_at: string; used_at: string | null; revoked_at: string | null };

function accountSkip(u: User, code: string, open: Invitation | undefined, now: Date) {
  const t = messages.contacts;
  if (u.organisation_code !== code || u.role !== 'respondent') return t.skipOtherAccount;
  if (!u.active) return t.skipDeactivated;
  if (u.password_hash) return t.skipHasAccount;
  const stillOpen = open && !open.used_at && !open.revoked_at && open.expires_at > now.toISOString();
  if (stillOpen) return t.skipOpen(formatDateTimeNl(open.expires_at));
  return null;
}

export async function planBulkInvitation(s: Services, sel: BulkSelection): Promise<BulkPlan | null> {
  const wave = await findWave(s.db, sel.waveId);
  if (!wave) return null;
  const orgs = await selectedOrganisations(s, wave.id, sel);
  const contacts = await contactsByOrganisation(s.db, orgs.map((o) => o.code));
  const emails = [...contacts.values()].flat().flatMap((c) => (c.email ? [c.email] : []));
  const users = await accountsByEmail(s.db, emails);
  const invitations = await latestInvitations(s.db, [...users.values()].map((u) => u.id));
  const plan: BulkPlan = { wave, organisations: orgs.length, send: [], skipped: [], withoutContacts: [] };
  const seen = new Set<string>();
  for (const o of orgs) {
    const list = contacts.get(o.code) ?? [];
    if (!list.length) plan.withoutContacts.push({ code: o.code, name: o.name });
    for (const c of list) {
      const user = c.email ? (users.get(c.email) ?? null) : null;
      const line: BulkLine = {
        organisation: { code: o.code, name: o.name },
        contact: { id: c.id, name: c.name, email: c.email, role: c.role, roleText: contactRoleText(c) },
        user, action: null, skip: null,
      };
      if (!c.email) line.skip = messages.contacts.skipNoEmail;
      else if (seen.has(c.email)) line.skip = messages.contacts.skipTwice;
      else if (user) line.skip = accountSkip(user, o.code, invitations.get(user.id), s.now());
      if (c.email) seen.add(c.email);
      if (!line.skip) line.action = user ? 'opnieuw' : 'nieuw';
      (line.skip ? plan.skipped : plan.send).push(line);
    }
  }
  return plan;
}

/** The account role a new account of this line gets (see accountRoleForContact). */
export const accountRoleOf = (line: BulkLine) => accountRoleForContact(line.contact.role);
