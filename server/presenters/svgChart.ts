/** A server-rendered line chart of cumulative submissions per day (pure: data in, SVG text out). */
import type { DailySubmissions } from '../domain/responseRates.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const dayLabel = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;

/** Round tick step (1, 2, 5 × 10^n) giving about five ticks up to max. */
export function tickStep(max: number): number {
  if (max <= 5) return 1;
  const raw = max / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * pow).find((st) => st >= raw) ?? 10 * pow;
}

export interface ChartText {
  id: string;
  title: string;
  description: string;
}

/**
 * Cumulative submissions as a step line, with a dashed line at the number of organisations.
 * role="img" with a title and description; the page adds a table with the same figures.
 */
export function cumulativeChartSvg(points: DailySubmissions[], organisations: number, text: ChartText): string {
  const W = 720,
    H = 320,
    left = 56,
    right = 16,
    top = 20,
    bottom = 48;
  const iw = W - left - right,
    ih = H - top - bottom;
  const max = Math.max(organisations, points.at(-1)?.cumulative ?? 0, 1);
  const step = tickStep(max);
  const yMax = Math.ceil(max / step) * step;
  const n = Math.max(points.length, 1);
  const x = (i: number) => left + (n === 1 ? iw / 2 : (i / (n - 1)) * iw);
  const y = (v: number) => top + ih - (v / yMax) * ih;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" ` +
      `aria-labelledby="${text.id}-titel ${text.id}-beschrijving" class="coord-chart">`,
  );
  parts.push(`<title id="${text.id}-titel">${esc(text.title)}</title><desc id="${text.id}-beschrijving">${esc(text.description)}</desc>`);
  for (let v = 0; v <= yMax; v += step) {
    parts.push(`<line x1="${left}" x2="${W - right}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d7de" stroke-width="1"/>`);
    parts.push(`<text x="${left - 8}" y="${y(v) + 4}" text-anchor="end" font-size="12" fill="#1b1b1b">${v}</text>`);
  }
  points.forEach((p, i) => {
    if (i === 0 || i === points.length - 1 || p.date.endsWith('-01')) {
      parts.push(`<line x1="${x(i)}" x2="${x(i)}" y1="${top + ih}" y2="${top + ih + 5}" stroke="#1b1b1b"/>`);
      // The outer labels align inwards, so they are not cut off at the edges.
      const anchor = points.length > 1 && i === 0 ? 'start' : points.length > 1 && i === points.length - 1 ? 'end' : 'middle';
      parts.push(`<text x="${x(i)}" y="${top + ih + 20}" text-anchor="${anchor}" font-size="12" fill="#1b1b1b">${dayLabel(p.date)}</text>`);
    }
  });
  parts.push(`<line x1="${left}" x2="${W - right}" y1="${top + ih}" y2="${top + ih}" stroke="#1b1b1b"/>`);
  parts.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${top + ih}" stroke="#1b1b1b"/>`);
  parts.push(
    `<line x1="${left}" x2="${W - right}" y1="${y(organisations)}" y2="${y(organisations)}" ` +
      'stroke="#4b4b4b" stroke-width="2" stroke-dasharray="6 4"/>',
  );
  parts.push(
    `<text x="${W - right}" y="${y(organisations) - 6}" text-anchor="end" font-size="12" fill="#1b1b1b">` +
      `${organisations} ${organisations === 1 ? 'organisatie' : 'organisaties'}</text>`,
  );
  if (points.length) {
    let d = `M ${x(0)} ${y(0)} L ${x(0)} ${y(points[0]!.cumulative)}`;
    for (let i = 1; i < points.length; i++) d += ` L ${x(i)} ${y(points[i - 1]!.cumulative)} L ${x(i)} ${y(points[i]!.cumulative)}`;
    parts.push(`<path d="${d}" fill="none" stroke="#154273" stroke-width="3"/>`);
  }
  parts.push(`<text x="${left + iw / 2}" y="${H - 6}" text-anchor="middle" font-size="12" fill="#1b1b1b">Datum (veldwerkperiode)</text>`);
  parts.push('</svg>');
  return parts.join('');
}
