// The bulk import's preview and confirmation step (after the upload in bulk.ts): checked again, then written.
import { Router, type Request } from 'express';
import type { Wave } from '../../db/schema.ts';
import { param } from '../../http/guards.ts';
import { flash } from '../../http/setUpViews.ts';
import type { Services } from '../../context.ts';
import { messages } from '../../messages.ts';
import { applyImport } from '../../services/rawData/importApply.ts';
import { planImport } from '../../services/rawData/importPlan.ts';
import type { Problem } from '../../services/spreadsheet/problems.ts';
import { redirectWithResult } from '../uploadResult.ts';
import { importSummary, renderForm, renderPreview, type FormExtra } from './bulkPages.ts';
import { dropPending, findPending } from './pending.ts';

export function bulkConfirmRoutes(s: Services, path: string, waveOf: (s: Services, req: Request) => Promise<{ wave: Wave }>): Router {
  const r = Router();
  r.get(`${path}/:token`, async (req, res) => {
    const { wave } = await waveOf(s, req);
    const p = await findPending(s, req, param(req, 'token'), 'bulk');
    if (!p || p.waveId !== wave.id) return renderForm(res, wave, [{ message: messages.upload.expired }], 404);
    const plan = await planImport(s, wave.id, p.file, p.submit);
    if (plan.problems.length) return renderForm(res, wave, plan.problems, 422, { uploaded: p.fileName, submit: p.submit });
    renderPreview(res, wave, p, plan);
  });

  r.post(`${path}/:token`, async (req, res) => {
    const { wave } = await waveOf(s, req);
    const p = await findPending(s, req, param(req, 'token'), 'bulk');
    if (!p || p.waveId !== wave.id) return renderForm(res, wave, [{ message: messages.upload.expired }], 404);
    if ((req.body as Record<string, unknown>).actie === 'annuleren') {
      await dropPending(s, p.token);
      flash(req, 'info', 'De import is geannuleerd; er is niets opgeslagen.');
      return res.redirect(303, `/analyse/${wave.id}/importeren`);
    }
    // Checked again: answers may have changed since the preview. What it says is shown after a redirect too.
    const show = (problems: Problem[], status: number, extra: FormExtra) => redirectWithResult(
      s, req, res, `/analyse/${wave.id}/importeren`, { status, values: { problems, extra } },
      () => renderForm(res, wave, problems, status, extra),
    );
    const plan = await planImport(s, wave.id, p.file, p.submit);
    if (plan.problems.length) return show(plan.problems, 422, { uploaded: p.fileName, submit: p.submit });
    const outcome = await applyImport(s, plan, req.user!.id);
    await dropPending(s, p.token);
    if (outcome.failures.length) return show([], 200, { outcome });
    flash(req, 'success', importSummary(outcome));
    res.redirect(303, `/analyse/${wave.id}/importeren`);
  });

  return r;
}
