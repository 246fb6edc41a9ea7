import type { Summary } from '../domain/monitor/summary.ts';
import type { InformativeStat } from '../domain/monitor/types.ts';
import { moduleFor } from '../questions/index.ts';
import type { Survey } from '../survey/schema.ts';
import { barFor, suppressedText } from './monitorBars.ts';

/** Number statistics as the question type writes its values (€, %, whole numbers). */
export function formatStat(survey: Survey, questionId: string, value: number | null): string {
  if (value === null) return '–';
  const q = survey.questions.find((x) => x.id === questionId)!;
  return moduleFor(q.type).format(q, value);
}

export function informativeChart(stat: InformativeStat): string | null {
  if (!stat.options || stat.multiple || stat.suppressed) return null;
  return barFor(
    stat.options.map((o) => o.code), stat.options.map((o) => o.label), stat.options.map((o) => o.percent),
    stat.options.map((o) => o.count ?? 0), stat.n,
  );
}

/** A summary (benchmark, region) as a short text: 'Mee bezig 69%, …' or 'mediaan 40 (n = 12)'. */
export function summaryText(survey: Survey, questionId: string, s: Summary): string {
  if (s.suppressed) return suppressedText;
  if (s.n === 0) return 'Geen antwoorden';
  if (s.kind === 'options') return s.labels.map((l, i) => `${l} ${s.cells[i] === null ? '–' : `${s.cells[i]}%`}`).join(', ');
  if (s.kind === 'numbers') {
    return `gemiddeld ${formatStat(survey, questionId, s.mean)}, mediaan ${formatStat(survey, questionId, s.median)}`;
  }
  return `${s.n} antwoorden`;
}

export function summaryChart(s: Summary): string | null {
  if (s.kind !== 'options' || s.multiple || s.suppressed) return null;
  return barFor(s.codes, s.labels, s.cells, null, s.n);
}

