/** House style of every generated sheet: bold headers, frozen header row, autofilter, widths. */
import type { Row, Worksheet } from 'exceljs';

export const HEADER_FILL = 'FFD9E2F3';
export const INPUT_FILL = 'FFFFF2CC';
export const CLOSED_FILL = 'FFEDEDED';
/** 'achter op planning' cells. */
export const BEHIND_FILL = 'FFF8CBAD';

export const PERCENT_FORMAT = '0.0%';
export const DATE_TIME_FORMAT = 'dd-mm-yyyy hh:mm';

export function styleHeaderRow(row: Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

/** Worksheet options freezing the header (the streaming writer takes views only when a sheet is added). */
export const frozenAt = (ySplit: number, xSplit = 0) => ({ views: [{ state: 'frozen' as const, xSplit, ySplit }] });

export function autoFilterRow(ws: Worksheet, headerRow: number, columnCount: number): void {
  if (columnCount > 0) ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columnCount } };
}

export const solid = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });
