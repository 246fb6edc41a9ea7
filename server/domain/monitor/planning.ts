import { moduleFor } from '../../questions/index.ts';

/**
 * The planning column ('Planning HA/IP (indien bekend)') as dates. Texts seen in 2024:
 * 'Klaar Q2 2024', 'Klaar in Q2 2024', 'Start Q3 2024', 'Start in Q1 2024', 'In 2023', 'Start 2023'.
 * 'Klaar …' and 'In …' mean done by the end of the period; 'Start …' means begun by its start
 * (an agreement planned to start in Q3 2024 is not late when it is not finished in June 2024).
 */
export interface ParsedPlanning {
  kind: 'klaar' | 'start' | 'in';
  /** First and last day of the period (YYYY-MM-DD). */
  from: string;
  to: string;
  /** The day by which it should be done (kind klaar/in) or started (kind start). */
  due: string;
  expects: 'afgerond' | 'begonnen';
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function period(part: string | undefined, year: number): { from: string; to: string } | null {
  let first = 1;
  let last = 12;
  if (part) {
    const p = part.toLowerCase();
    const q = /^q([1-4])$/.exec(p);
    const h = /^h([12])$/.exec(p);
    if (q) { first = (Number(q[1]) - 1) * 3 + 1; last = first + 2; }
    else if (h) { first = h[1] === '1' ? 1 : 7; last = first + 5; }
    else if (p === 'begin') { first = 1; last = 3; }
    else if (p === 'medio') { first = 4; last = 6; }
    else if (p === 'eind') { first = 10; last = 12; }
    else return null;
  }
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

const PATTERN = /^(klaar|gereed|start|in)?\s*(?:in\s+)?(q[1-4]|h[12]|begin|medio|eind)?\s*(\d{4})\.?$/i;

/** Null for an empty or unknown text: such an agreement is never marked behind schedule. */
export function parsePlanning(text: string | null | undefined): ParsedPlanning | null {
  if (!text) return null;
  // Every table build asks for every question's planning: parsed once per text (frozen: shared).
  let parsed = parsedPlannings.get(text);
  if (parsed === undefined) {
    if (parsedPlannings.size >= 10_000) parsedPlannings.clear();
    parsedPlannings.set(text, (parsed = parseOnce(text)));
  }
  return parsed;
}

const parsedPlannings = new Map<string, ParsedPlanning | null>();

function parseOnce(text: string): ParsedPlanning | null {
  const m = PATTERN.exec(text.trim().replace(/\s+/g, ' '));
  if (!m) return null;
  const word = (m[1] ?? 'in').toLowerCase();
  const range = period(m[2], Number(m[3]));
  if (!range) return null;
  const kind = word === 'start' ? 'start' : word === 'in' ? 'in' : 'klaar';
  return Object.freeze(kind === 'start'
    ? { kind, ...range, due: range.from, expects: 'begonnen' }
    : { kind, ...range, due: range.to, expects: 'afgerond' });
}

/** The planned moment has come by the reference date (the reference day itself counts: 'Klaar Q2 2024' is due on 30 June). */
export const isDue = (p: ParsedPlanning, referenceDate: string): boolean => p.due <= referenceDate;

/**
 * Whether one answer is behind a due planning, as its question type decides (status: not 'Afgerond'
 * when it should be done, 'Nog niet begonnen' when it should have started; janee: 'Nee').
 */
export const answerIsBehind = (type: string, code: string, expects: ParsedPlanning['expects']): boolean =>
  moduleFor(type).isBehind(code, expects);
