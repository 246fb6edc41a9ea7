/**
 * The sheet 'Ontwikkeling' (issue 17): the movement since the previous wave, the figures of the page
 * and the API, one row per agreement, party and answer. Only for a wave that follows another.
 */
import type { Workbook } from 'exceljs';
import type { WaveTrend } from '../monitorTrend.ts';
import { autoFilterRow, frozenAt, styleHeaderRow } from '../spreadsheet/sheetStyle.ts';
import { WHOLE_PERCENT } from './sheetTexts.ts';

export const TREND_SHEET = 'Ontwikkeling';

const share = (counts: number[] | null, i: number, n: number): number | null => (counts && n > 0 ? counts[i]! / n : null);

/** The movement (built under the selection's segment), narrowed to its actor kind. */
export function writeTrendSheet(wb: Workbook, trend: WaveTrend, actorKind: string | undefined): void {
  const [a, b] = [trend.previous.year, trend.wave.year];
  const headers = [
    'Partij', 'Vraag-id', `Vraag-id ${a}`, 'Thema', 'Afspraak', 'Antwoord', `% ${a}`, `% ${b}`, 'Verschil (procentpunt)',
    `n ${a}`, `n ${b}`, `Achter op planning ${a}`, `Achter op planning ${b}`, 'Beide keren geantwoord', 'Vooruit', 'Gelijk', 'Terug',
  ];
  const ws = wb.addWorksheet(TREND_SHEET, frozenAt(1));
  ws.columns = headers.map((h, i) => ({ header: h, width: i === 4 ? 70 : i === 1 || i === 2 ? 28 : 14 }));
  styleHeaderRow(ws.getRow(1));
  autoFilterRow(ws, 1, headers.length);
  ws.getRow(1).commit();
  const behind = (side: NonNullable<(typeof trend.rows)[number]['before']> | null): string | number | null =>
    !side ? null : side.behindPercent !== null ? side.behindPercent / 100 : side.behindSchedule ? 'Ja' : null;
  for (const r of trend.rows) {
    if (actorKind && r.actor !== actorKind) continue;
    r.codes.forEach((_code, i) => {
      const t = r.transitions;
      const row = ws.addRow([
        r.actorLabel, r.questionId, r.previousId, r.themeTitle, r.text, r.labels[i],
        r.single ? (r.before?.chosen === r.labels[i] ? 1 : r.before ? 0 : null) : r.before ? share(r.before.counts, i, r.before.n) : null,
        r.single ? (r.after.chosen === r.labels[i] ? 1 : 0) : share(r.after.counts, i, r.after.n),
        r.change?.[i] ?? null, r.before?.n ?? null, r.after.n, behind(r.before), behind(r.after),
        t?.n ?? null, t?.forward ?? null, t?.same ?? null, t?.back ?? null,
      ]);
      for (const col of [7, 8, 12, 13]) if (typeof row.getCell(col).value === 'number') row.getCell(col).numFmt = WHOLE_PERCENT;
      row.commit();
    });
  }
  ws.commit();
}
