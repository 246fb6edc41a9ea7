/**
 * The offline questionnaire: one sheet per theme, pre-filled with the current answers, drop-down
 * lists for option questions, and (very hidden) the wave, organisation and version it was made from.
 */
import ExcelJS from 'exceljs';
import { questionsFor, themesFor } from '../../survey/model.ts';
import { questionNumbers } from '../../survey/numbers.ts';
import type { ResponseView } from '../responses.ts';
import { safeValue, stripControls } from '../spreadsheet/escape.ts';
import { themeSheetName } from '../spreadsheet/sheetName.ts';
import { styleHeaderRow } from '../spreadsheet/sheetStyle.ts';
import { addInstructions, addMeta } from './instructions.ts';
import { LISTS_SHEET, offlineColumns } from './layout.ts';
import { OptionLists } from './optionLists.ts';
import { addQuestion } from './rows.ts';

/** Answers, names and titles may hold characters XML cannot (see escape.ts); every text cell is cleaned. */
function stripWorkbookControls(wb: ExcelJS.Workbook): void {
  wb.title = stripControls(wb.title);
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => {
      const safe = safeValue(cell.value);
      if (safe !== cell.value) cell.value = safe; // only when changed: merged cells and styles stay as they are
    }));
  }
}

export async function buildOfflineWorkbook(v: ResponseView, generatedAt: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Afsprakenmonitor';
  wb.title = `${v.survey.title} – ${v.organisation.name}`;
  wb.subject = `${v.wave.id}/${v.organisation.code}`;
  wb.keywords = `afsprakenmonitor;uitvraag=${v.wave.id};organisatie=${v.organisation.code};versie=${v.version}`;
  wb.created = new Date(generatedAt);
  addInstructions(wb, v, generatedAt);
  const actor = v.organisation.actor_kind;
  const questions = questionsFor(v.survey, actor);
  const numbers = questionNumbers(v.survey, actor);
  const themeSheets = themesFor(v.survey, actor).map((theme) => ({ theme, ws: wb.addWorksheet(themeSheetName(theme)) }));
  const lists = new OptionLists(wb.addWorksheet(LISTS_SHEET, { state: 'hidden' }));
  for (const { theme, ws } of themeSheets) {
    ws.columns = offlineColumns.map((c) => ({ header: c.header, key: c.key, width: c.width, hidden: c.hidden }));
    styleHeaderRow(ws.getRow(1));
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
    for (const q of questions.filter((x) => x.theme === theme.id)) addQuestion(ws, lists, v.survey, q, v.answers, numbers);
    // No password: the protection guards against accidents (moved ids, renamed headers), not people.
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  addMeta(wb, v, generatedAt);
  stripWorkbookControls(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
