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

/** Made once: a new formatter per date cell was a fifth of the time of 'Ruwe data' (issue 18). */
const AMSTERDAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Excel has no time zones: a time is written as Amsterdam wall-clock time. */
export function amsterdamWallClock(iso: string): Date {
  const parts = AMSTERDAM.formatToParts(new Date(iso));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return new Date(Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')));
}

/** 'YYYY-MM-DD HH:MM' of a wall-clock date (CSV). */
export const wallClockText = (d: Date): string => d.toISOString().slice(0, 16).replace('T', ' ');

/** The instant (ISO, UTC) of an Amsterdam wall-clock time held in a Date's UTC fields: amsterdamWallClock's inverse. */
export function fromAmsterdamWallClock(wall: Date): string {
  let t = wall.getTime();
  // Two rounds settle the offset, also on the days the clocks change.
  for (let i = 0; i < 2; i++) t = wall.getTime() - (amsterdamWallClock(new Date(t).toISOString()).getTime() - t);
  return new Date(t).toISOString();
}

/**
 * A time as a person or the export writes it: 'YYYY-MM-DD HH:MM[:SS]' (the CSV), 'YYYY-MM-DD',
 * 'D-M-YYYY [HH:MM]', as an Amsterdam wall-clock Date; an ISO time with a zone ('…Z', '+02:00') as
 * that instant's wall clock. Null when it is no valid time.
 */
export function parseWallClockText(text: string): Date | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(t)) {
    const d = new Date(t);
    return Number.isNaN(d.getTime()) ? null : amsterdamWallClock(d.toISOString());
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  let parts: number[];
  if (m) parts = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t))) {
    parts = [Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  } else return null;
  const [y, mo, d, h, mi, sec] = parts as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
  const same =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    h < 24 &&
    mi < 60 &&
    sec < 60;
  return same ? date : null;
}
