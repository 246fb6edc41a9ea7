import { activeRespondents } from '../db/repos/accounts.ts';
import { activeVaststellers } from '../db/repos/signOff.ts';
import { offeredMail, sentBackMail } from '../mail/signOffTemplates.ts';
import { actorName, questionnairePath, sendToAccounts } from './responseNotices.ts';
import { isoNow, type Services } from '../context.ts';
import { absoluteUrl } from './coordination/mailLog.ts';
import type { ResponseTarget } from './responseView.ts';

/**
 * E-mail about sign-off (issue 16, point 7): the vaststellers hear that something waits for them, the
 * others that it was sent back and why. Logged like every mail; a failed send never undoes the step.
 */

/** To every vaststeller of the organisation except the one who offered it. */
export async function sendOfferedNotices(s: Services, t: ResponseTarget, by: number | null): Promise<number> {
  const m = offeredMail(s.mail.siteName, {
    organisationName: t.organisation.name, waveTitle: t.wave.title, offeredBy: await actorName(s, by), offeredAt: isoNow(s),
    link: absoluteUrl(s.mail, `${questionnairePath(t)}/vaststellen`),
  });
  return sendToAccounts(s, t, (await activeVaststellers(s.db, t.organisation.code)).filter((u) => u.id !== by), 'ter-vaststelling', m, by);
}

/** To every account of the organisation except the vaststeller who sent it back. */
export async function sendSentBackNotices(s: Services, t: ResponseTarget, by: number, remark: string): Promise<number> {
  const m = sentBackMail(s.mail.siteName, {
    organisationName: t.organisation.name, waveTitle: t.wave.title, sentBackBy: await actorName(s, by), sentBackAt: isoNow(s), remark,
    link: absoluteUrl(s.mail, questionnairePath(t)),
  });
  return sendToAccounts(s, t, (await activeRespondents(s.db, [t.organisation.code])).filter((u) => u.id !== by), 'teruggestuurd', m, by);
}
