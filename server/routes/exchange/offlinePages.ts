import type { Response } from 'express';
import { messages } from '../../messages.ts';
import type { OfflinePending, OfflinePreview } from '../../services/offline/preview.ts';
import { describeProblem, type Problem } from '../../services/spreadsheet/problems.ts';
import type { ResponseView } from '../../services/responses.ts';
import { responseBase } from '../responseRequest.ts';
import { questionPlace } from '../../presenters/questionPlace.ts';

const base = responseBase;

export function renderUpload(res: Response, v: ResponseView, problems: Problem[], status = 200, uploaded = '') {
  const summary = problems.length === 1
    ? describeProblem(problems[0]!)
    : `Het werkboek heeft ${problems.length} problemen; zie de lijst hieronder.`;
  res.status(status).render('exchange/offlineUpload', {
    title: `${problems.length ? 'Fout: ' : ''}Werkboek uploaden`, view: v, base: base(v), problems, uploaded,
    errors: problems.length ? [{ href: '#bestand', text: summary }] : [],
  });
}

export interface PreviewOptions {
  status?: number;
  notice?: string;
  missingChoices?: string[];
  choices?: Record<string, string>;
}

export function renderPreview(res: Response, p: OfflinePending, preview: OfflinePreview, opts: PreviewOptions = {}) {
  const v = preview.view;
  const count = preview.problems.length;
  const problemText = `Het werkboek heeft ${count === 1 ? 'een probleem' : `${count} problemen`}; er is niets opgeslagen.`;
  const errors = [
    ...(count ? [{ href: '#problemen', text: problemText }] : []),
    // Named as the respondent sees the question ('Vraag 3 op tabblad …'), not by its internal id.
    ...(opts.missingChoices ?? []).map((f) => {
      const conflict = preview.conflicts.find((c) => c.field === f);
      const place = conflict ? questionPlace(v.survey, v.organisation.actor_kind, conflict.questionId) : 'Vraag';
      return { href: `#keuze-${f.replaceAll('.', '-')}-werkboek`, text: `${place}: ${messages.offline.chooseConflict}` };
    }),
  ];
  res.status(opts.status ?? (count ? 422 : 200)).render('exchange/offlinePreview', {
    title: 'Wijzigingen uit het werkboek controleren', view: v, base: base(v), pending: p, preview, errors,
    notice: opts.notice ?? null, missing: new Set(opts.missingChoices ?? []), choices: opts.choices ?? {},
  });
}
