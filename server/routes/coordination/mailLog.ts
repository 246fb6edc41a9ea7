import { Router } from 'express';
import { idParam } from '../../http/guards.ts';
import { readOutboxText } from '../../mail/outbox.ts';
import type { Services } from '../../context.ts';
import { requestedPage } from '../../domain/paging.ts';
import { findSentMail, sentMailPage } from '../../services/coordination/mailLog.ts';
import { query } from './common.ts';

export const mailKindLabels: Record<string, string> = {
  uitnodiging: 'Uitnodiging',
  herstel: 'Wachtwoord herstellen',
  herinnering: 'Herinnering',
  ontvangstbevestiging: 'Ontvangstbevestiging',
  heropend: 'Melding heropend',
  'ter-vaststelling': 'Melding ter vaststelling',
  teruggestuurd: 'Melding teruggestuurd',
};

/** Every e-mail the platform sent, or wrote to the outbox folder when there is no mail server. */
export function mailLogRoutes(s: Services, outbox: boolean, outboxDir: string): Router {
  const r = Router();
  r.get('/beheer/e-mail', async (req, res) => {
    const kind = mailKindLabels[query(req, 'soort')] ? query(req, 'soort') : '';
    const filter = { kind, organisation: query(req, 'organisatie').toUpperCase(), to: query(req, 'aan') };
    const { messages, ...pager } = await sentMailPage(s, { ...filter, kind: kind || null }, requestedPage(req.query.pagina));
    res.render('coordination/mailLog', { title: 'Verstuurde e-mail', messages, pager, filter, kind, kindLabels: mailKindLabels, outbox });
  });
  r.get('/beheer/e-mail/:id', async (req, res) => {
    const m = await findSentMail(s, idParam(req, 'id'));
    // Without a mail server a beheerder forwards messages by hand, so sees the full text with its link;
    // the log itself never holds personal links (a coordinator could otherwise take over an account).
    const full =
      req.user!.role === 'admin' && m.transport === 'outbox' && m.outbox_file ? await readOutboxText(outboxDir, m.outbox_file) : null;
    res.render('coordination/mailMessage', { title: m.subject, m, full, kindLabels: mailKindLabels });
  });
  return r;
}
