import type { Response } from 'express';
import type { ImportOutcome } from '../../services/rawData/importApply.ts';
import type { ImportPlan } from '../../services/rawData/importPlan.ts';
import { describeProblem, type Problem } from '../../services/spreadsheet/problems.ts';
import type { WaveContext } from '../../services/surveyWaves.ts';
import type { BulkPending } from './pending.ts';

type Wave = WaveContext['wave'];

export interface FormExtra {
  uploaded?: string;
  submit?: boolean;
  outcome?: ImportOutcome;
}

export function renderForm(res: Response, wave: Wave, problems: Problem[], status = 200, extra: FormExtra = {}) {
  const summary = problems.length === 1
    ? describeProblem(problems[0]!)
    : `Het bestand heeft ${problems.length} problemen; zie de lijst hieronder. Er is niets opgeslagen.`;
  res.status(status).render('exchange/import', {
    title: `${problems.length ? 'Fout: ' : ''}Antwoorden importeren – ${wave.title}`, wave, problems,
    uploaded: extra.uploaded ?? '', submit: extra.submit ?? false, outcome: extra.outcome ?? null,
    errors: problems.length ? [{ href: '#bestand', text: summary }] : [],
  });
}

export function renderPreview(res: Response, wave: Wave, p: BulkPending, plan: ImportPlan) {
  res.render('exchange/importPreview', {
    title: `Import controleren – ${wave.title}`, wave, pending: p, plan, errors: [],
    changed: plan.organisations.filter((o) => o.changes.length),
    unchanged: plan.organisations.filter((o) => !o.changes.length).length,
  });
}

export function importSummary(o: ImportOutcome): string {
  const parts = [`${o.saved} ${o.saved === 1 ? 'organisatie' : 'organisaties'} bijgewerkt`, `${o.unchanged} ongewijzigd`];
  if (o.submitted) parts.push(`${o.submitted} als ingediend gemarkeerd`);
  const blanks = o.submittedWithBlanks.map((b) => {
    const unanswered = `${b.questions.length} ${b.questions.length === 1 ? 'vraag' : 'vragen'} onbeantwoord`;
    return `${b.name} (${b.code}): ${unanswered} (${b.questions.join(', ')})`;
  });
  const withBlanks = blanks.length ? ` Ingediend met onbeantwoorde vragen: ${blanks.join('; ')}.` : '';
  return `De import is verwerkt: ${parts.join(', ')}.${withBlanks}`;
}
