/** The routes of the invitations nobody used: the list, and sending them again (all or one). */
import { Router } from 'express';
import { requestedPage } from '../../domain/paging.ts';
import { notFound } from '../../http/errors.ts';
import { idParam } from '../../http/guards.ts';
import { flash } from '../../http/setUpViews.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { resendAllUnused, resendOneUnused, unusedInvitationPage } from '../../services/coordination/unusedInvitations.ts';
import { str } from './common.ts';

/** The invitations nobody used (issue 16, point 2), mounted by bulkInvitations.ts. */
export function unusedInvitationRoutes(s: Services): Router {
  const r = Router();
  const mc = s.mail;
  const t = messages.contacts;

  r.get('/beheer/uitnodigingen/ongebruikt', async (req, res) => {
    const page = await unusedInvitationPage(s, requestedPage(req.query.pagina));
    res.render('coordination/unusedInvitations', { title: 'Ongebruikte uitnodigingen', ...page });
  });

  r.post('/beheer/uitnodigingen/ongebruikt/opnieuw', async (req, res) => {
    const { sent, failed } = await resendAllUnused(s, mc, req.user!.id);
    if (!sent && !failed.length) flash(req, 'error', t.noneUnused);
    if (sent) flash(req, 'success', t.resentAll(sent));
    if (failed.length) flash(req, 'error', t.failed(failed.join(', ')));
    res.redirect(303, '/beheer/uitnodigingen/ongebruikt');
  });

  r.post('/beheer/uitnodigingen/ongebruikt/:id/opnieuw', async (req, res) => {
    const id = idParam(req, 'id');
    const result = Number.isInteger(id) ? await resendOneUnused(s, mc, id, req.user!.id) : null;
    if (!result) throw notFound();
    flash(req, result.ok ? 'success' : 'error', result.message);
    const page = Number.parseInt(str((req.body as Record<string, unknown> | undefined)?.pagina), 10);
    res.redirect(303, `/beheer/uitnodigingen/ongebruikt${page > 1 ? `?pagina=${page}` : ''}`);
  });

  return r;
}
