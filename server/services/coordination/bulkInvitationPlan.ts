import { activeRespondents } from '../../db/repos/accounts.ts';
import { accountsByEmail, contactsByOrganisation } from '../../db/repos/contacts.ts';
import { latestInvitations } from '../../db/repos/invitations.ts';
import { organisationsWithUnusedInvitation } from '../../db/repos/unusedInvitations.ts';
import { findWave } from '../../db/repos/waves.ts';
import type { User, Wave } from '../../db/schema.ts';
import { messages } from '../../messages.ts';
import { formatDateTimeNl } from '../../presenters/format.ts';
import type { Services } from '../../context.ts';
import { organisationStatuses } from '../responseOverview.ts';
import { accountRoleForContact, contactRoleText } from './contactRoles.ts';

/** Bulk invitations (issue 16, point 2): which organisations, and per contact person what happens. */
export interface BulkSelection {
  waveId: string;
  actorKind: string;
  province: string;
  region: string;
  /** '' for every state. */
  state: string;
  /** Only organisations where nobody can log in yet. */
  noAccount: boolean;
  /** Only organisations with an invitation nobody used. */
  unusedInvitation: boolean;
  /** Organisations chosen one by one (the workbench); empty: the filters alone decide. */
  codes: string[];
  /** Chosen in the workbench, where at least one organisation must be ticked. */
  fromWorkbench: boolean;
}

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
  let orgs = (await organisationStatuses(s, wave.id, {
    ...(sel.actorKind ? { actorKind: sel.actorKind } : {}), ...(sel.province ? { province: sel.province } : {}),
    ...(sel.region ? { region: sel.region } : {}),
  })).filter((o) => (!sel.state || o.state === sel.state) && (!sel.codes.length || sel.codes.includes(o.code)));
  if (sel.noAccount) {
    const withAccount = new Set((await activeRespondents(s.db, orgs.map((o) => o.code))).map((u) => u.organisation_code));
    orgs = orgs.filter((o) => !withAccount.has(o.code));
  }
  if (sel.unusedInvitation) {
    const unused = await organisationsWithUnusedInvitation(s.db);
    orgs = orgs.filter((o) => unused.has(o.code));
  }
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
