import { findUserById } from '../../db/repos/users.ts';
import { countUnusedInvitations, unusedInvitations, type UnusedInvitationRow } from '../../db/repos/unusedInvitations.ts';
import { pageWindow } from '../../domain/paging.ts';
import type { Services } from '../../context.ts';
import { sendInvitation } from './accountLinks.ts';
import { resendInvitation } from './staffAccounts.ts';
import type { MailContext } from './mailLog.ts';

/** Invitations that were never used (issue 16, point 2), paged like the workbench; sent again all at once or one by one. */
export interface UnusedRow extends UnusedInvitationRow {
  /** Still usable now (not expired, not replaced). */
  open: boolean;
}

export async function unusedInvitationPage(s: Services, asked: number) {
  const pager = pageWindow(await countUnusedInvitations(s.db), asked);
  const now = s.now().toISOString();
  const rows: UnusedRow[] = (await unusedInvitations(s.db, { limit: pager.size, offset: pager.offset }))
    .map((r) => ({ ...r, open: !r.revokedAt && r.expiresAt > now }));
  return { rows, pager };
}

/** A fresh link to every account in the list (every page); the older links stop working. */
export async function resendAllUnused(s: Services, mc: MailContext, by: number): Promise<{ sent: number; failed: string[] }> {
  let sent = 0;
  const failed: string[] = [];
  for (const r of await unusedInvitations(s.db)) {
    const user = await findUserById(s.db, r.userId);
    if (user && (await sendInvitation(s, mc, user, by))) sent++;
    else failed.push(r.email);
  }
  return { sent, failed };
}

/** A fresh link to one respondent's account (the list's per-row action); null when it is no respondent's account. */
export async function resendOneUnused(s: Services, mc: MailContext, userId: number, by: number) {
  const user = await findUserById(s.db, userId);
  if (!user || user.role !== 'respondent') return null;
  return resendInvitation(s, mc, user.id, by);
}
