/** The routes that invite contact people in bulk: the form, the preview and the sending. */
import { Router, type Request, type Response } from 'express';
import { responseStateLabels, responseStates } from '../../domain/responseRates.ts';
import { notFound } from '../../http/errors.ts';
import { flash } from '../../http/setUpViews.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { planBulkInvitation, sendBulkInvitation, type BulkSelection } from '../../services/coordination/bulkInvitations.ts';
import { filterChoices } from '../../services/coordination/organisations.ts';
import { chooseWave } from '../../services/coordination/waves.ts';
import { list, str } from './common.ts';
import { unusedInvitationRoutes } from './unusedInvitations.ts';

const values = (v: unknown): string[] => list(v).map((x) => x.trim()).filter(Boolean);

/** Bulk invitations of contact people (issue 16, point 2) and the invitations nobody used. */
export function bulkInvitationRoutes(s: Services): Router {
  const r = Router();
  const mc = s.mail;
  const t = messages.contacts;

  /** The selection from the query (form and preview) or the body (send). */
  async function selectionOf(from: Record<string, unknown>): Promise<BulkSelection> {
    const { wave } = await chooseWave(s, from.ronde);
    if (!wave) throw notFound();
    const state = str(from.status);
    return {
      waveId: wave.id, actorKind: str(from.soort).trim(), province: str(from.provincie).trim(), region: str(from.regio).trim(),
      state: (responseStates as readonly string[]).includes(state) ? state : '',
      noAccount: str(from.geenAccount) === 'ja', unusedInvitation: str(from.ongebruikt) === 'ja', codes: values(from.organisatie),
      fromWorkbench: str(from.werkbank) === 'ja',
    };
  }

  async function render(res: Response, view: string, title: string, selection: BulkSelection, extra: object = {}, status = 200) {
    const { wave, waves } = await chooseWave(s, selection.waveId);
    res.status(status).render(`coordination/${view}`, {
      title, wave, waves, selection, actors: s.surveys.get(wave!.survey_id)?.actors ?? [], stateLabels: responseStateLabels,
      ...(await filterChoices(s)), ...extra,
    });
  }

  r.get('/beheer/uitnodigingen', async (req, res) => {
    await render(res, 'bulkInvite', 'Uitnodigen', await selectionOf(req.query));
  });

  r.get('/beheer/uitnodigingen/voorbeeld', async (req, res) => {
    const selection = await selectionOf(req.query);
    if (selection.fromWorkbench && !selection.codes.length) {
      return render(res, 'bulkInvitePreview', 'Fout: Uitnodigingen controleren', selection, { plan: null, error: t.noneChosen }, 422);
    }
    await render(res, 'bulkInvitePreview', 'Uitnodigingen controleren', selection, { plan: await planBulkInvitation(s, selection) });
  });

  r.post('/beheer/uitnodigingen/versturen', async (req: Request, res) => {
    const selection = await selectionOf((req.body ?? {}) as Record<string, unknown>);
    // An empty workbench choice would otherwise mean every organisation.
    if (selection.fromWorkbench && !selection.codes.length) {
      return render(res, 'bulkInvitePreview', 'Fout: Uitnodigingen controleren', selection, { plan: null, error: t.noneChosen }, 422);
    }
    const result = await sendBulkInvitation(s, mc, selection, req.user!.id);
    if (!result) throw notFound();
    if (!result.plan.send.length) {
      const extra = { plan: result.plan, error: t.noneToInvite };
      return render(res, 'bulkInvitePreview', 'Fout: Uitnodigingen controleren', selection, extra, 422);
    }
    if (result.sent.length) flash(req, 'success', t.sent(result.sent.length));
    if (result.failed.length) flash(req, 'error', t.failed(result.failed.join(', ')));
    res.redirect(303, '/beheer/uitnodigingen/ongebruikt');
  });

  // The invitations nobody used, where a bulk invitation leads: unusedInvitations.ts.
  r.use(unusedInvitationRoutes(s));

  return r;
}
