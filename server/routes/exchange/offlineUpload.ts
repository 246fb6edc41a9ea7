import { Router } from 'express';
import { assertCanEdit } from '../../http/guards.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { previewOffline, type OfflinePending } from '../../services/offline/preview.ts';
import { readOfflineWorkbook } from '../../services/offline/reader.ts';
import { buildOfflineWorkbook } from '../../services/offline/workbook.ts';
import { isoNow } from '../../context.ts';
import { responseBase as base, responseFor as load } from '../responseRequest.ts';
import { keepPending, newToken } from './pending.ts';
import { fileName, receiveFile } from '../receiveFile.ts';
import { renderUpload } from './offlinePages.ts';
import { redirectWithResult, resultFor } from '../uploadResult.ts';
import type { Problem } from '../../services/spreadsheet/problems.ts';

interface Refused {
  problems: Problem[];
  uploaded: string;
}

/** Download the offline workbook, and upload it filled in (checked, then kept for the preview). */
export function offlineUploadRoutes(s: Services): Router {
  const r = Router();

  r.get('/vragenlijst/:wave/:org/excel', async (req, res) => {
    const v = await load(s, req);
    const buf = await buildOfflineWorkbook(v, isoNow(s));
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="vragenlijst-${v.wave.id}-${v.organisation.code}.xlsx"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(buf);
  });

  r.get('/vragenlijst/:wave/:org/excel/uploaden', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const shown = await resultFor<Refused>(s, req, `${base(v)}/excel/uploaden`);
    renderUpload(res, v, shown?.values.problems ?? [], shown?.status ?? 200, shown?.values.uploaded ?? '');
  });

  r.post('/vragenlijst/:wave/:org/excel/uploaden', receiveFile, async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    // A refused upload is shown again at the form's own address (redirect after the post).
    const refuse = (problems: Problem[], status: number, uploaded = '') => redirectWithResult(
      s, req, res, `${base(v)}/excel/uploaden`, { status, values: { problems, uploaded } },
      () => renderUpload(res, v, problems, status, uploaded),
    );
    if (res.locals.uploadError) {
      return refuse([{ message: res.locals.uploadError as string }], res.locals.uploadStatus as number);
    }
    const upload = await readOfflineWorkbook(req.file!.buffer, {
      waveId: v.wave.id, orgCode: v.organisation.code, survey: v.survey, actor: v.organisation.actor_kind,
    });
    if (upload.problems.length) return refuse(upload.problems, upload.status ?? 422, fileName(req));
    const pending: OfflinePending = {
      kind: 'offline', token: newToken(), waveId: v.wave.id, orgCode: v.organisation.code, fileName: fileName(req),
      baseVersion: upload.baseVersion, input: upload.input, cells: upload.cells,
    };
    // Answers that are not valid (no option, out of range) are reported on this page, cell by cell.
    const check = await previewOffline(s, pending);
    if (check.problems.length) return refuse(check.problems, 422, fileName(req));
    if (!(await keepPending(s, req, pending))) {
      return refuse([{ message: messages.upload.tooManyCells }], 413, fileName(req));
    }
    res.redirect(303, `${base(v)}/excel/controleren/${pending.token}`);
  });

  return r;
}
