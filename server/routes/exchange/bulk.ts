import { Router, type Request } from 'express';
import { param, requireLogin, requireRole } from '../../http/guards.ts';
import type { Services } from '../../context.ts';
import { messages } from '../../messages.ts';
import { planImport } from '../../services/rawData/importPlan.ts';
import { readImportFile } from '../../services/rawData/reader.ts';
import { loadWave } from '../../services/surveyWaves.ts';
import { keepPending, newToken, type BulkPending } from './pending.ts';
import { fileName, receiveFile } from '../receiveFile.ts';
import { renderForm, type FormExtra } from './bulkPages.ts';
import { redirectWithResult, resultFor } from '../uploadResult.ts';
import { bulkConfirmRoutes } from './bulkConfirm.ts';
import type { Problem } from '../../services/spreadsheet/problems.ts';

interface Refused {
  problems: Problem[];
  extra: FormExtra;
}

const waveOf = (s: Services, req: Request) => loadWave(s, param(req, 'wave'));

/** The coordinators' bulk import of answers for a wave (pages under /analyse/:wave/importeren). */
export function bulkRoutes(s: Services): Router {
  const r = Router();
  const path = '/analyse/:wave/importeren';
  r.use(path, requireLogin, requireRole('coordinator', 'admin'));

  r.get(path, async (req, res) => {
    const { wave } = await waveOf(s, req);
    const shown = await resultFor<Refused>(s, req, `/analyse/${wave.id}/importeren`);
    renderForm(res, wave, shown?.values.problems ?? [], shown?.status ?? 200, shown?.values.extra ?? {});
  });

  r.post(path, receiveFile, async (req, res) => {
    const { wave, survey } = await waveOf(s, req);
    const submit = (req.body as Record<string, unknown> | undefined)?.indienen === 'ja';
    // A refused file is shown again at the form's own address (redirect after the post).
    const refuse = (problems: Problem[], status: number, extra: FormExtra) => redirectWithResult(
      s, req, res, `/analyse/${wave.id}/importeren`, { status, values: { problems, extra } },
      () => renderForm(res, wave, problems, status, extra),
    );
    if (res.locals.uploadError) {
      return refuse([{ message: res.locals.uploadError as string }], res.locals.uploadStatus as number, { submit });
    }
    const file = await readImportFile(survey, req.file!.buffer);
    const extra = { uploaded: fileName(req), submit };
    if (file.problems.length) return refuse(file.problems, file.status ?? 422, extra);
    const stored = { sheet: file.sheet, rows: file.rows };
    const plan = await planImport(s, wave.id, stored, submit);
    if (plan.problems.length) return refuse(plan.problems, 422, extra);
    const pending: BulkPending = { kind: 'bulk', token: newToken(), waveId: wave.id, fileName: fileName(req), submit, file: stored };
    if (!(await keepPending(s, req, pending))) return refuse([{ message: messages.upload.tooManyCells }], 413, extra);
    res.redirect(303, `/analyse/${wave.id}/importeren/${pending.token}`);
  });

  r.use(bulkConfirmRoutes(s, path, waveOf));

  return r;
}
