import type { CellValue } from 'exceljs';

export type PlainCell = string | number | boolean | Date | null;

/** What a person sees in a cell, without exceljs's rich-text, hyperlink and formula wrappers. */
export function plainCell(value: CellValue | undefined): PlainCell | { formulaWithoutResult: true } {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return { formulaWithoutResult: true };
      if (typeof result === 'object' && !(result instanceof Date)) return null; // an error such as #N/A
      return result as PlainCell;
    }
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return null;
  }
  return null;
}

export const isBlank = (v: PlainCell): boolean => v === null || (typeof v === 'string' && v.trim() === '');

/** A header or key cell as trimmed text. */
export function cellString(value: CellValue | undefined): string {
  const v = plainCell(value);
  if (v === null || typeof v === 'object') return v instanceof Date ? v.toISOString() : '';
  return String(v).trim();
}

/** Excel has no time zones: a time is written as Amsterdam wall-clock time. */
export function amsterdamWallClock(iso: string): Date {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return new Date(Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')));
}

/** 'YYYY-MM-DD HH:MM' of a wall-clock date (CSV). */
export const wallClockText = (d: Date): string => d.toISOString().slice(0, 16).replace('T', ' ');
