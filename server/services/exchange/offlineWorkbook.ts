/**
 * The offline questionnaire: one sheet per theme, pre-filled with the current answers, drop-down
 * lists for option questions, and (very hidden) the wave, organisation and version it was made from.
 */
import ExcelJS, { type Worksheet } from 'exceljs';
import { formatDateNl, formatDateTimeNl } from '../../domain/fieldwork.ts';
import { moduleFor, type OptionDef } from '../../questions/index.ts';
import { MAX_TEXT_LENGTH } from '../../questions/tekst.ts';
import { hasOtherOption, questionsFor, themesFor, type Answers } from '../../survey/model.ts';
import type { Question, Survey } from '../../survey/schema.ts';
import type { ResponseView } from '../responses.ts';
import {
  col, INSTRUCTIONS_SHEET, LISTS_SHEET, META_SHEET, OFFLINE_FORMAT, offlineColumns, themeSheetName,
} from './offlineLayout.ts';
import { safeValue, stripControls } from './escape.ts';
import { CLOSED_FILL, INPUT_FILL, solid, styleHeaderRow } from './sheetStyle.ts';

const instructions = [
  'Elk thema staat op een eigen tabblad. Vul de gele cellen in: Antwoord, en waar mogelijk ‘Anders, namelijk’ en Toelichting.',
  'Bij vragen met vaste antwoorden kiest u het antwoord uit de keuzelijst in de cel.',
  'Bij vragen waarop meer antwoorden mogelijk zijn, zet u ‘Ja’ bij elke optie die van toepassing is.',
  'Getallen vult u in zonder eenheid; een percentage als getal van 0 tot en met 100.',
  'Een lege cel betekent: geen antwoord. Maakt u een ingevuld antwoord leeg, dan wordt het online ook gewist.',
  'Verander de namen van de tabbladen, de kopjes van de kolommen en de vraag-id’s niet.',
  'Upload het werkboek met ‘Werkboek uploaden’ op de startpagina van de vragenlijst. U ziet eerst wat er verandert; pas na uw bevestiging wordt het opgeslagen.',
  'Hebben collega’s online intussen dezelfde vragen anders beantwoord, dan ziet u dat bij het uploaden en kiest u per vraag welk antwoord blijft.',
  'Indienen doet u online, op de pagina ‘Controleren en indienen’.',
];

/** One column per distinct option list on the hidden sheet; drop-downs refer to it. */
class OptionLists {
  private readonly ranges = new Map<string, string>();
  constructor(private readonly ws: Worksheet) {}
  rangeFor(options: OptionDef[]): string {
    const labels = options.map((o) => o.label);
    const key = labels.join('\u0000');
    let range = this.ranges.get(key);
    if (!range) {
      const c = this.ranges.size + 1;
      labels.forEach((l, i) => { this.ws.getCell(i + 1, c).value = l; });
      const letter = this.ws.getColumn(c).letter;
      range = `${LISTS_SHEET}!$${letter}$1:$${letter}$${labels.length}`;
      this.ranges.set(key, range);
    }
    return range;
  }
}

function conditionHint(survey: Survey, q: Question): string | null {
  if (!q.condition) return null;
  const target = survey.questions.find((t) => t.id === q.condition!.question);
  const labels = target ? (moduleFor(target.type).options(target) ?? []).filter((o) => q.condition!.equals.includes(o.code)).map((o) => `‘${o.label}’`) : [];
  return `Alleen invullen als u bij ${q.condition.question} ${labels.join(' of ') || q.condition.equals.join(' of ')} antwoordt.`;
}

function rangeHint(q: Question): string | null {
  if (q.type !== 'getal' && q.type !== 'percentage' && q.type !== 'bedrag') return null;
  const min = q.min ?? 0;
  const max = q.max ?? (q.type === 'percentage' ? 100 : undefined);
  const what = q.type === 'getal' ? 'Een heel getal' : q.type === 'percentage' ? 'Een percentage' : 'Een bedrag in euro';
  return `${what} van ${min}${max !== undefined ? ` tot en met ${max}` : ' of meer'}.`;
}

function inputCell(ws: Worksheet, row: number, column: number, open: boolean): ExcelJS.Cell {
  const cell = ws.getCell(row, column);
  cell.fill = solid(open ? INPUT_FILL : CLOSED_FILL);
  cell.protection = { locked: !open };
  cell.alignment = { vertical: 'top', wrapText: true };
  return cell;
}

function addQuestion(ws: Worksheet, lists: OptionLists, survey: Survey, q: Question, answers: Answers): void {
  const m = moduleFor(q.type);
  const value = answers[q.id];
  const hints = [conditionHint(survey, q), rangeHint(q), q.help ?? null];
  if (q.type === 'meerkeuze') hints.unshift('Meer antwoorden mogelijk: zet ‘Ja’ bij elke optie die van toepassing is.');
  const row = ws.addRow([]);
  row.getCell(col('id')).value = q.id;
  row.getCell(col('question')).value = q.text;
  row.getCell(col('planning')).value = q.planning;
  row.getCell(col('help')).value = hints.filter(Boolean).join(' ') || null;
  row.alignment = { vertical: 'top', wrapText: true };
  const answer = inputCell(ws, row.number, col('answer'), q.type !== 'meerkeuze');
  const options = m.options(q);
  if (q.type !== 'meerkeuze' && options) {
    answer.value = typeof value === 'string' ? options.find((o) => o.code === value)?.label ?? value : null;
    answer.dataValidation = {
      type: 'list', allowBlank: true, formulae: [lists.rangeFor(options)],
      showErrorMessage: true, errorTitle: 'Ongeldig antwoord', error: 'Kies een antwoord uit de lijst.',
    };
  } else if (q.type === 'getal' || q.type === 'percentage' || q.type === 'bedrag') {
    answer.value = typeof value === 'number' ? value : null;
    answer.numFmt = q.type === 'getal' ? '0' : q.type === 'percentage' ? '0.0"%"' : '"€" #,##0.00';
    const max = q.max ?? (q.type === 'percentage' ? 100 : q.type === 'getal' ? 10_000_000 : 100_000_000_000);
    answer.dataValidation = {
      type: q.type === 'getal' ? 'whole' : 'decimal', operator: 'between', allowBlank: true, formulae: [q.min ?? 0, max],
      showErrorMessage: true, errorTitle: 'Ongeldig getal', error: rangeHint(q) ?? '',
    };
  } else if (q.type === 'tekst') {
    answer.value = typeof value === 'string' ? value : null;
  }
  const anders = inputCell(ws, row.number, col('anders'), hasOtherOption(q));
  if (hasOtherOption(q)) anders.value = (answers[`${q.id}.anders`] as string | undefined) ?? null;
  const toelichting = inputCell(ws, row.number, col('toelichting'), q.explanation);
  if (q.explanation) {
    toelichting.value = (answers[`${q.id}.toelichting`] as string | undefined) ?? null;
    toelichting.dataValidation = {
      type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [MAX_TEXT_LENGTH],
      showErrorMessage: true, errorTitle: 'Te lang', error: `Gebruik maximaal ${MAX_TEXT_LENGTH} tekens.`,
    };
  }
  if (q.type !== 'meerkeuze') return;
  const chosen = Array.isArray(value) ? value : [];
  for (const o of options ?? []) {
    const optionRow = ws.addRow([]);
    optionRow.getCell(col('id')).value = q.id;
    optionRow.getCell(col('option')).value = o.code;
    optionRow.getCell(col('question')).value = `   – ${o.label}`;
    const cell = inputCell(ws, optionRow.number, col('answer'), true);
    cell.value = chosen.includes(o.code) ? 'Ja' : null;
    cell.dataValidation = { type: 'list', allowBlank: true, formulae: ['"Ja,Nee"'], showErrorMessage: true, error: 'Kies Ja of laat leeg.' };
    for (const key of ['anders', 'toelichting'] as const) inputCell(ws, optionRow.number, col(key), false);
  }
}

function addInstructions(wb: ExcelJS.Workbook, v: ResponseView, generatedAt: string): void {
  const ws = wb.addWorksheet(INSTRUCTIONS_SHEET);
  ws.columns = [{ width: 28 }, { width: 100 }];
  const title = ws.addRow([v.survey.title]);
  title.font = { bold: true, size: 14 };
  ws.addRow([]);
  const facts: [string, string][] = [
    ['Organisatie', `${v.organisation.name} (${v.organisation.code})`],
    ['Uitvraag', v.wave.title],
    ['Peildatum', formatDateNl(v.wave.reference_date)],
    ['Open tot en met', formatDateNl(v.wave.closes_on)],
    ['Gedownload op', formatDateTimeNl(generatedAt)],
    ['Versie van de antwoorden', String(v.version)],
  ];
  for (const f of facts) ws.addRow(f).getCell(1).font = { bold: true };
  ws.addRow([]);
  ws.addRow(['Zo werkt het']).font = { bold: true, size: 12 };
  instructions.forEach((text, i) => {
    const r = ws.addRow([`${i + 1}.`, text]);
    r.alignment = { vertical: 'top', wrapText: true };
  });
}

function addMeta(wb: ExcelJS.Workbook, v: ResponseView, generatedAt: string): void {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  ws.addRows([
    ['formaat', OFFLINE_FORMAT],
    ['uitvraag', v.wave.id],
    ['organisatie', v.organisation.code],
    ['versie', v.version],
    ['vragenlijst', v.survey.id],
    ['gedownload', generatedAt],
  ]);
}

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
  const themeSheets = themesFor(v.survey, actor).map((theme) => ({ theme, ws: wb.addWorksheet(themeSheetName(theme)) }));
  const lists = new OptionLists(wb.addWorksheet(LISTS_SHEET, { state: 'hidden' }));
  for (const { theme, ws } of themeSheets) {
    ws.columns = offlineColumns.map((c) => ({ header: c.header, key: c.key, width: c.width, hidden: c.hidden }));
    styleHeaderRow(ws.getRow(1));
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
    for (const q of questions.filter((x) => x.theme === theme.id)) addQuestion(ws, lists, v.survey, q, v.answers);
    // No password: the protection guards against accidents (moved ids, renamed headers), not people.
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  addMeta(wb, v, generatedAt);
  stripWorkbookControls(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
