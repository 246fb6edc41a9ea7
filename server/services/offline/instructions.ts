/** The offline questionnaire's first sheet (how it works) and its very hidden sheet (wave, organisation, version). */
import type ExcelJS from 'exceljs';
import { formatDateNl, formatDateTimeNl } from '../../presenters/format.ts';
import type { ResponseView } from '../responses.ts';
import { INSTRUCTIONS_SHEET, META_SHEET, OFFLINE_FORMAT } from './layout.ts';

const instructions = [
  'Elk thema staat op een eigen tabblad. Vul de gele cellen in: Antwoord, en waar mogelijk ‘Anders, namelijk’ en Toelichting.',
  'Bij vragen met vaste antwoorden kiest u het antwoord uit de keuzelijst in de cel.',
  'Bij vragen waarop meer antwoorden mogelijk zijn, zet u ‘Ja’ bij elke optie die van toepassing is.',
  'Getallen vult u in zonder eenheid; een percentage als getal van 0 tot en met 100.',
  'Een lege cel betekent: geen antwoord. Maakt u een ingevuld antwoord leeg, dan wordt het online ook gewist.',
  'Verander de namen van de tabbladen en de kopjes van de kolommen niet, en maak geen verborgen kolommen zichtbaar: die zijn nodig '
  + 'om het werkboek te uploaden.',
  'Upload het werkboek met ‘Werkboek uploaden’ op de startpagina van de vragenlijst. '
  + 'U ziet eerst wat er verandert; pas na uw bevestiging wordt het opgeslagen.',
  'Hebben collega’s online intussen dezelfde vragen anders beantwoord, dan ziet u dat bij het uploaden en kiest u per vraag welk '
  + 'antwoord blijft.',
  'Indienen doet u online, op de pagina ‘Controleren en indienen’.',
];

export function addInstructions(wb: ExcelJS.Workbook, v: ResponseView, generatedAt: string): void {
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

export function addMeta(wb: ExcelJS.Workbook, v: ResponseView, generatedAt: string): void {
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
