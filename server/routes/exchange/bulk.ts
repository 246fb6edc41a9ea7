import { Router, type Request } from 'express';
import { param, requireLogin, requireRole } from '../../http/guards.ts';
import { flash } from '../../http/setUpViews.ts';
import type { Services } from '../../context.ts';
import { messages } from '../../messages.ts';
import { applyImport } from '../../services/rawData/importApply.ts';
import { planImport } from '../../services/rawData/importPlan.ts';
import { readImportFile } from '../../services/rawData/reader.ts';
import { loadWave } from '../../services/surveyWaves.ts';
import { dropPending, findPending, keepPending, newToken, type BulkPending } from './pending.ts';
import { fileName, receiveFile } from './upload.ts';
import { importSummary, renderForm, renderPreview } from './bulkPages.ts';

export { importSummary } from './bulkPages.ts';

const waveOf = (s: Services, req: Request) => loadWave(s, param(req, 'wave'));

/** The coordinators' bulk import of answers for a wave (pages under /analyse/:wave/importeren). */
export function bulkRoutes(s: Services): Router {
  const r = Router();
  const path = '/analyse/:wave/importeren';
  r.use(path, requireLogin, requireRole('coordinator', 'admin'));

  r.get(path, async (req, res) => {
    const { wave } = await waveOf(s, req);
    renderForm(res, wave, []);
  });

  r.post(path, receiveFile, async (req, res) => {
    const { wave, survey } = await waveOf(s, req);
    const submit = (req.body as Record<string, unknown> | undefined)?.indienen === 'ja';
    if (res.locals.uploadError) {
      return renderForm(res, wave, [{ message: res.locals.uploadError as string }], res.locals.uploadStatus as number, { submit });
    }
    const file = await readImportFile(survey, req.file!.buffer);
    const extra = { uploaded: fileName(req), submit };
    if (file.problems.length) return renderForm(res, wave, file.problems, file.status ?? 422, extra);
    const stored = { sheet: file.sheet, rows: file.rows };
    const plan = await planImport(s, wave.id, stored, submit);
    if (plan.problems.length) return renderForm(res, wave, plan.problems, 422, extra);
    const pending: BulkPending = { kind: 'bulk', token: newToken(), waveId: wave.id, fileName: fileName(req), submit, file: stored };
    if (!(await keepPending(s, req, pending))) {
      return renderForm(res, wave, [{ message: messages.upload.tooManyCells }], 413, extra);
    }
    res.redirect(303, `/analyse/${wave.id}/importeren/${pending.token}`);
  });

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
    // Checked again: answers may have changed since the preview.
    const plan = await planImport(s, wave.id, p.file, p.submit);
    if (plan.problems.length) return renderForm(res, wave, plan.problems, 422, { uploaded: p.fileName, submit: p.submit });
    const outcome = await applyImport(s, plan, req.user!.id);
    await dropPending(s, p.token);
    if (outcome.failures.length) return renderForm(res, wave, [], 200, { outcome });
    flash(req, 'success', importSummary(outcome));
    res.redirect(303, `/analyse/${wave.id}/importeren`);
  });

  return r;
}
