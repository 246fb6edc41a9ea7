/**
 * Streams a workbook into a Grid with exceljs's streaming reader, visiting only the cells that are
 * in the file, and stops as soon as the row or cell budget is spent. Runs in the parse worker.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Grid, GridSheet } from './grid.ts';
import type { Budget, CellMode } from './parseBudget.ts';
import { readRows } from './xlsxRows.ts';
import { openZip } from './zipEntries.ts';

/** The parts of exceljs's WorkbookReader used here; private in 4.4 but stable, pinned by package-lock. */
interface ReaderInternals {
  model?: { sheets?: { name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(s: Readable): Promise<void>;
  _parseWorkbook(s: Readable): Promise<void>;
  _parseSharedStrings(s: Readable): AsyncIterable<unknown>;
  _parseStyles(s: Readable): Promise<void>;
  _parseWorksheet(it: AsyncIterable<unknown>, sheetNo: string): Iterable<{ value: ExcelJS.stream.xlsx.WorksheetReader }>;
}

/** 'worksheets/sheet1.xml' or '/xl/worksheets/sheet1.xml' → 'xl/worksheets/sheet1.xml'. */
const partName = (target: string): string => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

export async function readXlsxGrid(buf: Buffer, budget: Budget, mode: CellMode): Promise<Grid> {
  const zip = await openZip(buf);
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
      worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
    }) as unknown as ReaderInternals;
    const part = async (name: string) => {
      const stream = await zip.open(name);
      if (!stream) throw new Error(`missing ${name}`);
      return stream;
    };
    // The workbook's own parts first, whatever their order in the file, then the sheets.
    await reader._parseRels(await part('xl/_rels/workbook.xml.rels'));
    await reader._parseWorkbook(await part('xl/workbook.xml'));
    if (zip.names.includes('xl/sharedStrings.xml')) {
      for await (const _ of reader._parseSharedStrings(await part('xl/sharedStrings.xml')));
    }
    if (zip.names.includes('xl/styles.xml')) await reader._parseStyles(await part('xl/styles.xml'));
    const sheets: GridSheet[] = [];
    const count = { rows: 0, cells: 0 };
    for (const [i, s] of (reader.model?.sheets ?? []).entries()) {
      const rel = reader.workbookRels?.find((r) => r.Id === s.rId);
      const stream = rel && (await zip.open(partName(rel.Target)));
      if (!stream) continue;
      for (const { value: ws } of reader._parseWorksheet(stream, String(i + 1))) {
        sheets.push({ name: s.name, rows: await readRows(ws, budget, mode, count) });
      }
    }
    return { source: 'xlsx', sheets };
  } finally {
    zip.close();
  }
}
