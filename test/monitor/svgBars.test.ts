import { describe, expect, it } from 'vitest';
import { legend, palette, stackedBar, textColour, textEquivalent } from '../../server/presenters/svgBars.ts';
import { $ } from '../support/context.ts';

const segments = [
  { label: 'Nog niet begonnen', percent: 15, weight: 0.15 },
  { label: 'Mee bezig', percent: 69, weight: 0.69 },
  { label: 'Bijna klaar', percent: 8, weight: 0.08 },
  { label: 'Afgerond', percent: 8, weight: 0.08 },
];

describe('server-rendered stacked bars', () => {
  it('draws one segment per answer with widths from the exact shares', () => {
    const doc = $(stackedBar(segments, palette(4, true)));
    const svg = doc('svg');
    const rects = svg.find('rect');
    expect(rects.length).toBe(4);
    expect(rects.map((_, r) => Number(doc(r).attr('width'))).get()).toEqual([30, 138, 16, 16]);
    expect(svg.attr('role')).toBe('img');
  });

  it('carries its figures as text', () => {
    const doc = $(stackedBar(segments, palette(4, true)));
    const svg = doc('svg');
    expect(svg.find('title').text()).toBe('Nog niet begonnen 15%, Mee bezig 69%, Bijna klaar 8%, Afgerond 8%');
    expect(svg.attr('aria-label')).toBe(textEquivalent(segments));
    expect(svg.find('text').map((_, t) => doc(t).text()).get()).toEqual(['15%', '69%']); // only where a label fits
  });

  it('escapes labels', () => {
    const svg = stackedBar([{ label: '<script>"x"', percent: 100, weight: 1 }], palette(1, false));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&quot;x&quot;');
  });

  it('uses distinct colour-blind safe colours and readable text on them', () => {
    for (const n of [2, 4, 5]) expect(new Set(palette(n, true)).size).toBe(n);
    expect(new Set(palette(7, false)).size).toBe(7);
    expect(textColour('#fde725')).toBe('#000000');
    expect(textColour('#440154')).toBe('#ffffff');
  });

  it('has a legend in the bars’ order', () => {
    const html = $(legend(['Ja', 'Nee'], palette(2, true)));
    expect(html('li').map((_, li) => html(li).text().trim()).get()).toEqual(['Ja', 'Nee']);
    expect(html('li rect').first().attr('fill')).toBe(palette(2, true)[0]);
  });
});
