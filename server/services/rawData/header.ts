/** Reading back a 'Ruwe data' file: the header row, and each cell as its question type expects it. */
import { messages } from '../../messages.ts';
import type { Field } from '../../survey/model.ts';
import type { Survey } from '../../survey/schema.ts';
import { isBlank, type PlainCell } from '../spreadsheet/cells.ts';
import { unescapeCsvText } from '../spreadsheet/escape.ts';
import { cellAddress, type Problem } from '../spreadsheet/problems.ts';
import { metaColumns, rawFields, type RawColumn } from './codec.ts';

export type CellSource = 'xlsx' | 'csv-semicolon' | 'csv-comma';

export interface RawHeader {
  /** Per file column (0-based): what it holds, or null for an empty trailing column. */
  columns: (RawColumn | null)[];
  problems: Problem[];
}

export function readRawHeader(survey: Survey, headers: string[], sheet?: string): RawHeader {
  const fields = new Map(rawFields(survey).map((f) => [f.id, f]));
  const metaByHeader = new Map(metaColumns.map((m) => [m.header.toLowerCase(), m]));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const columns = headers.map((raw, i): RawColumn | null => {
    const header = raw.trim();
    const at = { sheet, row: 1, cell: cellAddress(i + 1, 1) };
    if (header === '') return null;
    const meta = metaByHeader.get(header.toLowerCase());
    const key = meta ? `meta:${meta.key}` : header;
    if (seen.has(key)) {
      problems.push({ ...at, message: messages.bulkImport.duplicateColumn(header) });
      return null;
    }
    seen.add(key);
    if (meta) return { kind: 'meta', ...meta };
    const field = fields.get(header);
    if (!field) {
      problems.push({ ...at, message: messages.bulkImport.unknownColumn(header) });
      return null;
    }
    return { kind: 'field', header, field };
  });
  for (const m of metaColumns) {
    if (!seen.has(`meta:${m.key}`)) problems.push({ sheet, row: 1, message: messages.bulkImport.missingColumn(m.header) });
  }
  return { columns, problems };
}

/** A file cell as the question type's parseCell expects it; CSV cells are read by the type (decimal separator). */
export function cellInput(field: Field, raw: PlainCell, source: CellSource): unknown {
  if (isBlank(raw)) return null;
  if (typeof raw !== 'string') return typeof raw === 'boolean' ? (raw ? 'ja' : 'nee') : raw;
  if (source === 'xlsx') return raw;
  const text = unescapeCsvText(raw);
  if (field.role !== 'answer') return text;
  return field.module.csvCell(field.question, text, source === 'csv-semicolon' ? ',' : '.');
}
