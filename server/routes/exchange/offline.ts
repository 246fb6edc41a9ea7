import { Router, type Request, type Response } from 'express';
import { assertCanEdit, param, requireLogin } from '../../http/guards.ts';
import { notFound } from '../../http/errors.ts';
import { flash } from '../../http/setUpViews.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { confirmOffline, type Choice } from '../../services/offline/confirm.ts';
import { previewOffline, type OfflinePending, type OfflinePreview } from '../../services/offline/preview.ts';
import { readOfflineWorkbook } from '../../services/offline/reader.ts';
import { buildOfflineWorkbook } from '../../services/offline/workbook.ts';
import { describeProblem, type Problem } from '../../services/spreadsheet/problems.ts';
import { isoNow } from '../../context.ts';
import type { ResponseView } from '../../services/responses.ts';
import { responseBase, responseFor } from '../responseRequest.ts';
import { dropPending, findPending, keepPending, newToken } from './pending.ts';
import { fileName, receiveFile } from './upload.ts';
import { questionPlace } from '../../presenters/questionPlace.ts';

const base = responseBase;
const load = responseFor;

function renderUpload(res: Response, v: ResponseView, problems: Problem[], status = 200, uploaded = '') {
  res.status(status).render('exchange/offlineUpload', {
    title: 'Werkboek uploaden', view: v, base: base(v), problems, uploaded,
    errors: problems.length ? [{ href: '#bestand', text: problems.length === 1 ? describeProblem(problems[0]!) : `Het werkboek heeft ${problems.length} problemen; zie de lijst hieronder.` }] : [],
  });
}

function renderPreview(res: Response, p: OfflinePending, preview: OfflinePreview, opts: { status?: number; notice?: string; missingChoices?: string[]; choices?: Record<string, string> } = {}) {
  const v = preview.view;
  const errors = [
    ...(preview.problems.length ? [{ href: '#problemen', text: `Het werkboek heeft ${preview.problems.length === 1 ? 'een probleem' : `${preview.problems.length} problemen`}; er is niets opgeslagen.` }] : []),
    // Named as the respondent sees the question ('Vraag 3 op tabblad …'), not by its internal id.
    ...(opts.missingChoices ?? []).map((f) => {
      const conflict = preview.conflicts.find((c) => c.field === f);
      const place = conflict ? questionPlace(v.survey, v.organisation.actor_kind, conflict.questionId) : 'Vraag';
      return { href: `#keuze-${f.replaceAll('.', '-')}-werkboek`, text: `${place}: ${messages.offline.chooseConflict}` };
    }),
  ];
  res.status(opts.status ?? (preview.problems.length ? 422 : 200)).render('exchange/offlinePreview', {
    title: 'Wijzigingen uit het werkboek controleren', view: v, base: base(v), pending: p, preview, errors,
    notice: opts.notice ?? null, missing: new Set(opts.missingChoices ?? []), choices: opts.choices ?? {},
  });
}

export function offlineRoutes(s: Services): Router {
  const r = Router();
  r.use('/vragenlijst/:wave/:org/excel', requireLogin);

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
    renderUpload(res, v, []);
  });

  r.post('/vragenlijst/:wave/:org/excel/uploaden', receiveFile, async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    if (res.locals.uploadError) return renderUpload(res, v, [{ message: res.locals.uploadError as string }], res.locals.uploadStatus as number);
    const upload = await readOfflineWorkbook(req.file!.buffer, { waveId: v.wave.id, orgCode: v.organisation.code, survey: v.survey, actor: v.organisation.actor_kind });
    if (upload.problems.length) return renderUpload(res, v, upload.problems, upload.status ?? 422, fileName(req));
    const pending: OfflinePending = {
      kind: 'offline', token: newToken(), waveId: v.wave.id, orgCode: v.organisation.code, fileName: fileName(req),
      baseVersion: upload.baseVersion, input: upload.input, cells: upload.cells,
    };
    // Answers that are not valid (no option, out of range) are reported on this page, cell by cell.
    const check = await previewOffline(s, pending);
    if (check.problems.length) return renderUpload(res, v, check.problems, 422, fileName(req));
    if (!(await keepPending(s, req, pending))) return renderUpload(res, v, [{ message: messages.upload.tooManyCells }], 413, fileName(req));
    res.redirect(303, `${base(v)}/excel/controleren/${pending.token}`);
  });

  const pendingOf = async (req: Request): Promise<OfflinePending> => {
    const p = await findPending(s, req, param(req, 'token'), 'offline');
    if (!p || p.waveId !== req.params.wave || p.orgCode !== req.params.org) throw notFound();
    return p;
  };

  r.get('/vragenlijst/:wave/:org/excel/controleren/:token', async (req, res) => {
    const v = await load(s, req);
    assertCanEdit(req.user!, v.organisation.code);
    const p = await findPending(s, req, param(req, 'token'), 'offline');
    if (!p || p.waveId !== v.wave.id || p.orgCode !== v.organisation.code) return renderUpload(res, v, [{ message: messages.upload.expired }], 404);
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
    flash(req, 'success', result.changed ? `${messages.saved} (${result.changed} ${result.changed === 1 ? 'wijziging' : 'wijzigingen'} uit het werkboek)` : messages.nothingChanged);
    res.redirect(303, base(v));
  });

  return r;
}
