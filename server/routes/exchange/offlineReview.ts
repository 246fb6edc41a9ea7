import { Router, type Request } from 'express';
import { assertCanEdit, param } from '../../http/guards.ts';
import { notFound } from '../../http/errors.ts';
import { flash } from '../../http/setUpViews.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { confirmOffline, type Choice } from '../../services/offline/confirm.ts';
import { previewOffline, type OfflinePending } from '../../services/offline/preview.ts';
import { responseBase as base, responseFor as load } from '../responseRequest.ts';
import { dropPending, findPending } from './pending.ts';
import { renderPreview, renderUpload } from './offlinePages.ts';

/** The preview of an uploaded workbook's changes: confirm them (choosing per conflict) or cancel. */
export function offlineReviewRoutes(s: Services): Router {
  const r = Router();

  const pendingOf = async (req: Request): Promise<OfflinePending> => {
    const p = await findPending(s, req, param(req, 'token'), 'offline');
    if (!p || p.waveId !== req.params.wave || p.orgCode !== req.params.org) throw notFound();
    return p;
  };

  r.get('/vragenlijst/:wave/:org/excel/controleren/:token', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const p = await findPending(s, req, param(req, 'token'), 'offline');
    if (!p || p.waveId !== v.wave.id || p.orgCode !== v.organisation.code) {
      return renderUpload(res, v, [{ message: messages.upload.expired }], 404);
    }
    renderPreview(res, p, await previewOffline(s, p));
  });

  r.post('/vragenlijst/:wave/:org/excel/controleren/:token', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const p = await pendingOf(req);
    const body = req.body as Record<string, unknown>;
    if (body.actie === 'annuleren') {
      await dropPending(s, p.token);
      flash(req, 'info', 'Het werkboek is niet verwerkt; er is niets opgeslagen.');
      return res.redirect(303, base(v));
    }
    const choices: Record<string, Choice> = {};
    for (const [k, val] of Object.entries(body)) {
      if (k.startsWith('keuze:') && (val === 'werkboek' || val === 'online')) choices[k.slice('keuze:'.length)] = val;
    }
    const result = await confirmOffline(s, p, Number(body.versie), choices, req.user!.id);
    if (result.kind === 'review') return renderPreview(res, p, result.preview, { ...result, choices });
    await dropPending(s, p.token);
    const changes = `${result.changed} ${result.changed === 1 ? 'wijziging' : 'wijzigingen'} uit het werkboek`;
    flash(req, 'success', result.changed ? `${messages.saved} (${changes})` : messages.nothingChanged);
    res.redirect(303, base(v));
  });

  return r;
}
