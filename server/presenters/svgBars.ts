/**
 * Server-rendered stacked bars (SVG, no script, no inline style): one per table row, with a legend.
 * Colours: viridis steps for ordered answers and Okabe-Ito for unordered ones; both stay apart for
 * the common forms of colour blindness. Segments are also separated by white gaps and labelled with
 * their percentage, and every bar carries its figures as text (<title>, and in the table beside it).
 */
export interface BarSegment {
  label: string;
  /** Share as printed (whole percentage) or null when hidden. */
  percent: number | null;
  /** Exact share 0..1 used for the width (rounded percentages may add up to 101). */
  weight: number;
}

const VIRIDIS: Record<number, string[]> = {
  2: ['#3b528b', '#fde725'],
  3: ['#fde725', '#21918c', '#440154'],
  4: ['#fde725', '#35b779', '#31688e', '#440154'],
  5: ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'],
};
const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** Ordered scales (progress, five-point) get light-to-dark; others distinct hues. */
export function palette(count: number, ordered: boolean): string[] {
  if (ordered && VIRIDIS[count]) return VIRIDIS[count]!;
  return Array.from({ length: count }, (_, i) => OKABE_ITO[i % OKABE_ITO.length]!);
}

/** Black or white text, whichever contrasts more with the fill (WCAG relative luminance). */
export function textColour(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The figures as one sentence: 'Nog niet begonnen 15%, Mee bezig 69%, …'. */
export const textEquivalent = (segments: BarSegment[]): string =>
  segments.map((s) => `${s.label} ${s.percent === null ? '–' : `${s.percent}%`}`).join(', ');

export function stackedBar(segments: BarSegment[], colours: string[], opts: { width?: number; height?: number } = {}): string {
  const width = opts.width ?? 200;
  const height = opts.height ?? 22;
  const total = segments.reduce((a, s) => a + s.weight, 0);
  let x = 0;
  const parts: string[] = [];
  segments.forEach((s, i) => {
    if (total <= 0 || s.weight <= 0) return;
    const w = (s.weight / total) * width;
    const fill = colours[i] ?? '#777777';
    parts.push(
      `<rect x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="${height}" fill="${fill}" stroke="#ffffff" stroke-width="1"/>`,
    );
    // Label a segment only where it fits; the title and the table hold all figures.
    if (w >= 26 && s.percent !== null) {
      parts.push(
        `<text x="${(x + w / 2).toFixed(2)}" y="${height / 2 + 4}" text-anchor="middle" font-size="11" ` +
          `fill="${textColour(fill)}">${s.percent}%</text>`,
      );
    }
    x += w;
  });
  if (!parts.length) parts.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff" stroke="#767676"/>`);
  const text = esc(textEquivalent(segments));
  return `<svg class="bar" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" role="img" aria-label="${text}"><title>${text}</title>${parts.join('')}</svg>`;
}

/** The legend: a swatch and the label per answer, in the bars' left-to-right order. */
export function legend(labels: string[], colours: string[], caption = 'Legenda'): string {
  const items = labels
    .map(
      (l, i) =>
        '<li class="legend__item"><svg width="14" height="14" aria-hidden="true" focusable="false">' +
          `<rect width="14" height="14" fill="${colours[i] ?? '#777777'}" stroke="#1b1b1b" stroke-width="1"/></svg> ${esc(l)}</li>`,
    )
    .join('');
  return `<div class="legend"><p class="legend__caption">${esc(caption)} (van links naar rechts):</p>` +
    `<ul class="legend__list">${items}</ul></div>`;
}
