/** The block 'Overige vragen' of a monitor sheet: informative and follow-up questions. */
import type { Worksheet } from 'exceljs';
import type { InformativeStat } from '../../domain/monitor/types.ts';
import { safeRow } from '../spreadsheet/escape.ts';
import { moduleFor } from '../../questions/index.ts';
import { styleHeaderRow } from '../spreadsheet/sheetStyle.ts';
import { ONE_DECIMAL_PERCENT, ONE_DECIMAL_SUFFIX, SUPPRESSED, WHOLE_PERCENT } from './sheetTexts.ts';

/** 'n' is the base of the percentage: for a follow-up all respondents of the question it follows. */
const informativeHeaders = ['Partij', 'Vraag-id', 'Vraag', 'Antwoord', 'Percentage', 'Aantal', 'n', `Percentage ${ONE_DECIMAL_SUFFIX}`];

/**
 * The block 'Overige vragen', on the base of the pages, the API and the report: a follow-up's
 * percentages are of all respondents of the question it follows (23% of 308, not 27% of 259).
 * Percentages are unrounded shares formatted as whole percentages; statistics as their type writes them.
 */
export function addInformative(ws: Worksheet, stats: InformativeStat[]): void {
  ws.addRow([]).commit();
  const title = ws.addRow(['Overige vragen']);
  title.font = { bold: true };
  title.commit();
  const header = ws.addRow(informativeHeaders);
  styleHeaderRow(header);
  header.commit();
  for (const st of stats) {
    const base = st.baseN ?? st.n;
    const add = (answer: string, share: number | null, count: number | null, countFormat?: string, n = base) => {
      const r = ws.addRow(safeRow([st.actorLabel, st.questionId, st.text, answer, share, count, n, share]));
      r.getCell(5).numFmt = WHOLE_PERCENT;
      r.getCell(8).numFmt = ONE_DECIMAL_PERCENT;
      if (countFormat) r.getCell(6).numFmt = countFormat;
      r.alignment = { vertical: 'top', wrapText: true };
      r.commit();
    };
    if (st.suppressed) add(SUPPRESSED, null, null);
    else if (st.options) {
      for (const o of st.options) add(o.label, o.count === null || base === 0 ? null : o.count / base, o.count);
    }
    else if (st.numbers) {
      const unit = st.numbers.unit ? ` (${st.numbers.unit})` : '';
      const n = st.numbers;
      const format = moduleFor(st.type).statFormat;
      for (const [label, v] of [['Gemiddelde', n.mean], ['Mediaan', n.median], ['Laagste', n.min], ['Hoogste', n.max]] as const) {
        add(`${label}${unit}`, null, v, format, st.n); // statistics over those who gave a number
      }
    }
  }
}
