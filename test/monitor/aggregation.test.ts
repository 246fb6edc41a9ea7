import { describe, expect, it } from 'vitest';
import { tableRow } from '../../server/domain/monitor/aggregate.ts';
import { summarise } from '../../server/domain/monitor/summary.ts';
import { informativeStat } from '../../server/domain/monitor/informative.ts';
import { question, survey } from './build.ts';

const national = { single: false, segmented: false, referenceDate: '2024-06-30' };
const gemeente = survey.actors.find((a) => a.id === 'gemeente')!;
const regio = survey.actors.find((a) => a.id === 'regio')!;
const repeat = <T>(v: T, n: number): T[] => Array.from({ length: n }, () => v);

describe('status rows (four progress columns)', () => {
  const q = question('gemeente.residentieel.01');
  it('gives percentages of those who answered, in the report columns', () => {
    const row = tableRow(q, [...repeat('niet_begonnen', 2), ...repeat('mee_bezig', 5), 'bijna_klaar'], national);
    expect(row.cellLabels).toEqual(['Nog niet begonnen', 'Mee bezig', 'Bijna klaar', 'Afgerond']);
    expect(row.n).toBe(8);
    expect(row.counts).toEqual([2, 5, 1, 0]);
    expect(row.cells).toEqual([25, 63, 13, 0]); // 62.5 → 63, 12.5 → 13
    expect(row.isYesNo).toBe(false);
  });

  it('does not count empty or unknown answers as zeros', () => {
    const row = tableRow(q, ['mee_bezig', '', 'afgerond', 'iets_anders' as string], national);
    expect(row.n).toBe(2);
    expect(row.cells).toEqual([0, 50, 0, 50]);
  });
});

describe('yes/no rows', () => {
  it('prints as Ja/Nee percentages (84% / 16%)', () => {
    const row = tableRow(question('gemeente.aanpalende-domeinen.01'), [...repeat('ja', 21), ...repeat('nee', 4)], national);
    expect(row.isYesNo).toBe(true);
    expect(row.cellLabels).toEqual(['Ja', 'Nee']);
    expect(row.cells).toEqual([84, 16]);
  });

  it('shows the single organisation’s own answer', () => {
    const row = tableRow(question('rijk.aanpalende-domeinen.02'), ['ja'], { ...national, single: true });
    expect(row.chosen).toEqual({ code: 'ja', label: 'Ja' });
    expect(row.cells).toEqual([100, 0]);
    const none = tableRow(question('rijk.aanpalende-domeinen.02'), [], { ...national, single: true });
    expect(none.chosen).toBeNull();
    expect(none.n).toBe(0);
    expect(none.cells).toEqual([null, null]);
  });
});

describe('beleving rows (five-point scale)', () => {
  it('uses the scale labels and rounds each cell on its own', () => {
    const row = tableRow(question('gemeente.beleving.01'), ['helemaal_niet', 'enigszins', 'enigszins', 'halverwege', 'grotendeels', 'volledig', 'volledig', 'volledig'], national);
    expect(row.cellLabels).toEqual(['Helemaal niet', 'Enigszins', 'Ongeveer halverwege', 'Grotendeels', 'Volledig']);
    expect(row.cells).toEqual([13, 25, 13, 13, 38]); // adds up to 102, as printed
    expect(row.themeRef).toBe('reikwijdte');
  });
});

describe('segments: groups under 5 respondents', () => {
  const q = question('gemeente.residentieel.01');
  it('hides percentages in a segment of 4, not of 5', () => {
    const four = tableRow(q, repeat('mee_bezig', 4), { ...national, segmented: true });
    expect(four.suppressed).toBe(true);
    expect(four.cells).toEqual([null, null, null, null]);
    expect(four.counts).toBeNull();
    expect(four.n).toBe(4);
    const five = tableRow(q, repeat('mee_bezig', 5), { ...national, segmented: true });
    expect(five.suppressed).toBe(false);
    expect(five.cells).toEqual([0, 100, 0, 0]);
  });

  it('shows small national groups (no segment chosen)', () => {
    expect(tableRow(q, ['afgerond'], national).cells).toEqual([0, 0, 0, 100]);
  });

  it('summaries of small groups (a region’s municipalities) hide figures too', () => {
    const s = summarise(q, repeat('afgerond', 3), true);
    expect(s.suppressed).toBe(true);
    expect(s.kind === 'options' && s.cells).toEqual([null, null, null, null]);
  });
});

describe('behind schedule in a row', () => {
  it('marks a regio row when respondents have not started a start-planned agreement', () => {
    const q = question('regio.residentieel.02'); // Start in Q1 2024
    const row = tableRow(q, ['niet_begonnen', 'mee_bezig', 'mee_bezig', 'afgerond'], national);
    expect(row.behindSchedule).toBe(true);
    expect(row.behindPercent).toBe(25);
    const onTrack = tableRow(q, ['mee_bezig', 'afgerond'], national);
    expect(onTrack.behindSchedule).toBe(false);
    expect(onTrack.behindPercent).toBe(0);
  });

  it('depends on the reference date', () => {
    const q = question('vng.aanpalende-domeinen.03'); // Klaar Q2 2024
    expect(tableRow(q, ['bijna_klaar'], { ...national, single: true }).behindSchedule).toBe(true);
    expect(tableRow(q, ['bijna_klaar'], { ...national, single: true, referenceDate: '2024-06-29' }).behindSchedule).toBe(false);
    expect(tableRow(q, ['afgerond'], { ...national, single: true }).behindSchedule).toBe(false);
  });
});

describe('informative questions', () => {
  it('single choice: percentages of respondents, and of the base of a follow-up', () => {
    const q = question('gemeente.eenvoudiger-uitvoering.04'); // after 'nee' on .01
    const st = informativeStat(q, ['oude_aanbesteding', 'oude_aanbesteding', 'standaarden_in_ontwikkeling', 'andere_reden'], { survey, actor: gemeente, segmented: false, baseN: 8 });
    expect(st.kind).toBe('vervolg');
    expect(st.n).toBe(4);
    expect(st.options!.map((o) => [o.count, o.percent, o.percentOfBase])).toEqual([[2, 50, 25], [1, 25, 13], [1, 25, 13]]);
    expect(st.condition!.answers).toEqual(['Nee']);
  });

  it('multiple choice: each option as a share of respondents (may add up over 100%)', () => {
    const q = question('regio.eenvoudiger-uitvoering.06');
    const st = informativeStat(q, [['inspanningsgericht', 'taakgericht'], ['inspanningsgericht'], [], ['resultaatgericht', 'taakgericht']], { survey, actor: regio, segmented: false, baseN: null });
    expect(st.multiple).toBe(true);
    expect(st.n).toBe(3); // the empty selection is not a respondent
    expect(st.options!.map((o) => o.percent)).toEqual([67, 33, 67]);
  });

  it('numbers: mean, median, minimum, maximum and n, without empty answers', () => {
    const getal = informativeStat(question('gemeente.aanpalende-domeinen.04'), [10, 40, 20, 60], { survey, actor: gemeente, segmented: false, baseN: 6 });
    expect(getal.n).toBe(4);
    expect(getal.numbers).toMatchObject({ mean: 32.5, median: 30, min: 10, max: 60, unit: 'gezinnen' });
    const pct = informativeStat(question('gemeente.lokale-teams.08'), [40, 12.5, 100], { survey, actor: gemeente, segmented: false, baseN: null });
    expect(pct.numbers).toMatchObject({ median: 40, min: 12.5, max: 100 });
    expect(pct.numbers!.mean).toBeCloseTo(50.833, 3);
    const euro = informativeStat(question('gemeente.lokale-teams.10'), [1_200_000, 0, 'x' as unknown as number], { survey, actor: gemeente, segmented: false, baseN: null });
    expect(euro.n).toBe(2);
    expect(euro.numbers).toMatchObject({ mean: 600_000, median: 600_000, min: 0, max: 1_200_000 });
    const none = informativeStat(question('gemeente.lokale-teams.10'), [], { survey, actor: gemeente, segmented: false, baseN: null });
    expect(none.numbers).toMatchObject({ mean: null, median: null, min: null, max: null });
  });

  it('hides small segment groups', () => {
    const st = informativeStat(question('gemeente.lokale-teams.08'), [40, 50], { survey, actor: gemeente, segmented: true, baseN: null });
    expect(st.suppressed).toBe(true);
    expect(st.numbers!.mean).toBeNull();
  });

  it('free text only counts answers that hold text', () => {
    const tekst = { ...question('gemeente.lokale-teams.08'), type: 'tekst' } as unknown as Parameters<typeof summarise>[0];
    expect(summarise(tekst, ['Wij zijn bezig.', '', 'Klaar.'], false)).toEqual({ kind: 'texts', n: 2, suppressed: false });
  });
});
