import { findUserByEmail, findUserById, insertUserIfNew } from '../../db/repos/users.ts';
import { isoNow, type Services } from '../../context.ts';
import { sendInvitation } from './accountLinks.ts';
import { accountRoleOf, planBulkInvitation, type BulkPlan } from './bulkInvitationPlan.ts';
import type { BulkSelection } from './bulkSelection.ts';
import type { MailContext } from './mailLog.ts';

export { planBulkInvitation, type BulkLine, type BulkPlan } from './bulkInvitationPlan.ts';
export type { BulkSelection } from './bulkSelection.ts';

/**
 * Sends what the plan says, worked out again at the moment of sending (so an account made or a link
 * used since the preview is respected): a new account per new person, then the existing single-use
 * invitation (14 days; a fresh link revokes the older one).
 */
export async function sendBulkInvitation(
  s: Services, mc: MailContext, sel: BulkSelection, by: number,
): Promise<{ plan: BulkPlan; sent: string[]; failed: string[] } | null> {
  const plan = await planBulkInvitation(s, sel);
  if (!plan) return null;
  const sent: string[] = [];
  const failed: string[] = [];
  for (const line of plan.send) {
    const email = line.contact.email!;
    let user = line.user;
    if (!user) {
      const id = await insertUserIfNew(s.db, {
        email, name: line.contact.name, passwordHash: null, ...accountRoleOf(line), organisationCode: line.organisation.code,
      }, isoNow(s));
      // Null: made a moment ago by another request (another instance); its invitation is sent again, as for an account
      // not yet in use, but only when it is this organisation's.
      const made = id === null ? await findUserByEmail(s.db, email) : await findUserById(s.db, id);
      if (!made || made.organisation_code !== line.organisation.code) {
        failed.push(email);
        continue;
      }
      user = made;
    }
    (await sendInvitation(s, mc, user, by) ? sent : failed).push(email);
  }
  return { plan, sent, failed };
}
