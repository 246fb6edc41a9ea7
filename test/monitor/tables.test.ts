import { describe, expect, it } from 'vitest';
import { buildTables } from '../../server/domain/monitor/tables.ts';
import { tallyOfIndex } from '../../server/domain/monitor/tallyOfIndex.ts';
import type { SegmentFilter, WaveTables } from '../../server/domain/monitor/types.ts';
import { org, survey, waveData } from './build.ts';
import { WAVE } from '../support/wave.ts';

const meta = { waveId: WAVE, title: 'Monitor 2024', referenceDate: '2024-06-30' };
const gem = (code: string, inhabitants: number, province = 'PV27', region = 'JZ13', submitted = true) =>
  org(code, 'gemeente', { inhabitants, provinceCode: province, regionCode: region, submitted });

// Seven gemeenten: five large in Noord-Holland/JZ13, two small elsewhere; one concept response.
const data = waveData([
  [gem('GM1', 900_000), { 'gemeente.aanpalende-domeinen.01': 'ja', 'gemeente.eenvoudiger-uitvoering.01': 'nee', 'gemeente.eenvoudiger-uitvoering.04': 'oude_aanbesteding' }],
  [gem('GM2', 150_000), { 'gemeente.aanpalende-domeinen.01': 'ja', 'gemeente.eenvoudiger-uitvoering.01': 'ja' }],
  [gem('GM3', 120_000), { 'gemeente.aanpalende-domeinen.01': 'ja', 'gemeente.eenvoudiger-uitvoering.01': 'nee', 'gemeente.eenvoudiger-uitvoering.04': 'andere_reden' }],
  [gem('GM4', 110_000), { 'gemeente.aanpalende-domeinen.01': 'nee', 'gemeente.eenvoudiger-uitvoering.01': 'ja' }],
  [gem('GM5', 100_001), { 'gemeente.aanpalende-domeinen.01': 'ja' }], // just 'meer dan 100.000' (dimensions.test.ts: the boundary)
  [gem('GM6', 20_000, 'PV20', 'JZ01'), { 'gemeente.aanpalende-domeinen.01': 'nee', 'gemeente.beleving.01': 'enigszins' }],
  [gem('GM7', 99_999, 'PV20', 'JZ01'), { 'gemeente.aanpalende-domeinen.01': 'ja' }],
  [gem('GM8', 50_000, 'PV20', 'JZ01', false), { 'gemeente.aanpalende-domeinen.01': 'nee' }],
  [org('JZ13', 'regio', { regionCode: 'JZ13', provinceCode: 'PV27', inhabitants: 1_000_000 }), { 'regio.residentieel.02': 'niet_begonnen' }],
  [org('RIJK', 'rijk'), { 'rijk.aanpalende-domeinen.02': 'ja', 'rijk.reikwijdte.02': 'mee_bezig', 'rijk.inzicht.04': 'mee_bezig' }],
  [org('VNG', 'vng'), { 'vng.aanpalende-domeinen.02': 'nee', 'vng.inzicht.03': 'mee_bezig', 'vng.aanpalende-domeinen.03': 'afgerond' }],
  [org('BGZJ', 'bgzj', { submitted: false }), { 'bgzj.residentieel.01': 'niet_begonnen' }],
]);

const build = (filter: SegmentFilter = {}): WaveTables => buildTables(survey, tallyOfIndex(survey, data, filter), filter, meta);
const table = (t: WaveTables, theme: string, actor: string) => t.themes.find((x) => x.id === theme)!.tables.find((x) => x.actor === actor)!;
const row = (t: WaveTables, id: string) => t.themes.flatMap((x) => x.tables).flatMap((x) => x.rows).find((r) => r.questionId === id)!;

describe('monitor tables from raw answers', () => {
  it('has one table per actor kind per theme, in the report layout, including beleving', () => {
    const t = build();
    expect(t.themes.map((x) => x.id)).toEqual(survey.themes.map((x) => x.id));
    const aanpalend = t.themes.find((x) => x.id === 'aanpalende-domeinen')!;
    expect(aanpalend.tables.map((x) => x.actor)).toEqual(['rijk', 'vng', 'gemeente']);
    expect(table(t, 'aanpalende-domeinen', 'gemeente').columns).toEqual(['Nog niet begonnen', 'Mee bezig', 'Bijna klaar', 'Afgerond']);
    const beleving = t.themes.find((x) => x.id === 'beleving')!;
    expect(beleving.tables.map((x) => [x.actor, x.kind])).toEqual([['regio', 'beleving'], ['gemeente', 'beleving']]);
    expect(table(t, 'beleving', 'gemeente').columns[4]).toBe('Volledig');
  });

  it('counts only submitted responses; n is the organisations that answered', () => {
    const t = build();
    const r = row(t, 'gemeente.aanpalende-domeinen.01');
    expect(r.n).toBe(7); // GM8 is a concept
    expect(r.counts).toEqual([5, 2]);
    expect(r.cells).toEqual([71, 29]);
    expect(table(t, 'aanpalende-domeinen', 'gemeente').n).toBe(7);
    expect(row(t, 'gemeente.beleving.01').n).toBe(1);
    expect(t.respondents.find((x) => x.actor === 'gemeente')!.n).toBe(7);
    expect(t.respondents.find((x) => x.actor === 'bgzj')!.n).toBe(0);
  });

  it('counts concept responses when the filter says so', () => {
    const t = build({ includeUnsubmitted: true });
    expect(row(t, 'gemeente.aanpalende-domeinen.01').counts).toEqual([5, 3]);
    expect(row(t, 'bgzj.residentieel.01').chosen).toEqual({ code: 'niet_begonnen', label: 'Nog niet begonnen' });
    expect(t.segmented).toBe(false);
  });

  it('filters by inhabitants class, province and region, with n', () => {
    const large = build({ inhabitants: 'ge100k' });
    expect(row(large, 'gemeente.aanpalende-domeinen.01')).toMatchObject({ n: 5, counts: [4, 1], cells: [80, 20], suppressed: false });
    const small = build({ inhabitants: 'lt100k' });
    expect(row(small, 'gemeente.aanpalende-domeinen.01')).toMatchObject({ n: 2, suppressed: true, cells: [null, null] });
    expect(table(small, 'aanpalende-domeinen', 'gemeente').suppressed).toBe(true);
    expect(row(build({ province: 'PV27' }), 'gemeente.aanpalende-domeinen.01').n).toBe(5);
    expect(row(build({ region: 'JZ01' }), 'gemeente.aanpalende-domeinen.01').n).toBe(2);
    expect(row(build({ region: 'JZ13' }), 'regio.residentieel.02').n).toBe(1);
  });

  it('shows national bodies unfiltered in a segment', () => {
    const t = build({ province: 'PV20' });
    expect(t.segmented).toBe(true);
    const rijk = table(t, 'aanpalende-domeinen', 'rijk');
    expect(rijk.segmentApplies).toBe(false);
    expect(rijk.suppressed).toBe(false);
    expect(row(t, 'rijk.aanpalende-domeinen.02').chosen?.label).toBe('Ja');
  });

  it('computes follow-ups over those who answered and over the base question', () => {
    const t = build();
    const st = t.themes.find((x) => x.id === 'eenvoudiger-uitvoering')!.informative.find((x) => x.questionId === 'gemeente.eenvoudiger-uitvoering.04')!;
    expect(st.n).toBe(2);
    expect(st.baseN).toBe(4);
    expect(st.options!.map((o) => [o.code, o.percent, o.percentOfBase])).toEqual([
      ['oude_aanbesteding', 50, 25], ['standaarden_in_ontwikkeling', 0, 0], ['andere_reden', 50, 25],
    ]);
  });

  it('marks shared agreements whose actors answered differently', () => {
    const t = build();
    const ggz = t.agreements.find((a) => a.key === 'samenwerking-jeugdhulp-volwassen-ggz')!;
    expect(ggz.differs).toBe(true);
    expect(ggz.members.map((m) => [m.actor, m.answer?.label])).toEqual([['rijk', 'Ja'], ['vng', 'Nee']]);
    expect(row(t, 'rijk.aanpalende-domeinen.02').agreementDiffers).toBe(true);
    expect(row(t, 'vng.aanpalende-domeinen.02').agreementDiffers).toBe(true);
    const cat = t.agreements.find((a) => a.key === 'categorisering-beleidsinformatie')!;
    expect(cat.differs).toBe(false);
    // One actor has not answered: nothing to compare.
    const cluster = t.agreements.find((a) => a.key === 'onderwijstijd-cluster-3-4')!;
    expect(cluster.differs).toBe(false);
  });

  it('lists agreements behind schedule, per actor', () => {
    const t = build();
    const ids = t.behindSchedule.map((b) => b.questionId);
    expect(ids).toContain('rijk.reikwijdte.02'); // Klaar Q1 2024, mee bezig
    expect(ids).toContain('regio.residentieel.02'); // Start in Q1 2024, niet begonnen
    expect(ids).not.toContain('vng.aanpalende-domeinen.03'); // afgerond
    expect(ids).not.toContain('rijk.inzicht.04'); // Start in 2023 and begun
    expect(ids).not.toContain('bgzj.residentieel.01'); // concept, and Start Q3 2024 lies after the reference date
    const rijk = t.behindSchedule.find((b) => b.questionId === 'rijk.reikwijdte.02')!;
    expect(rijk).toMatchObject({ actorLabel: 'Rijk', dueDate: '2024-03-31', answer: { label: 'Mee bezig' } });
    const regio = t.behindSchedule.find((b) => b.questionId === 'regio.residentieel.02')!;
    expect(regio).toMatchObject({ answer: null, behindPercent: 100, expects: 'begonnen' });
    const earlier = buildTables(survey, tallyOfIndex(survey, data, {}), {}, { ...meta, referenceDate: '2024-03-30' });
    expect(earlier.behindSchedule.map((b) => b.questionId)).not.toContain('rijk.reikwijdte.02');
  });
});

describe('shared agreements across question types', () => {
  it('compares status and yes/no answers as done or not done', async () => {
    const { sharedAgreements } = await import('../../server/domain/monitor/agreements.ts');
    const rijk = survey.actors.find((a) => a.id === 'rijk')!;
    const vng = survey.actors.find((a) => a.id === 'vng')!;
    const t = build();
    const statusRow = { ...row(t, 'rijk.inzicht.04'), agreementKey: 'mixed' };
    const yesNoRow = { ...row(t, 'vng.aanpalende-domeinen.02'), agreementKey: 'mixed' };
    const mixed = (statusCode: string, yesNo: string) => sharedAgreements(survey, [
      { actor: rijk, themeId: 'inzicht', row: { ...statusRow }, answer: { code: statusCode, label: statusCode } },
      { actor: vng, themeId: 'inzicht', row: { ...yesNoRow }, answer: { code: yesNo, label: yesNo } },
    ])[0]!;
    expect(mixed('afgerond', 'ja').differs).toBe(false);
    expect(mixed('mee_bezig', 'nee').differs).toBe(false);
    expect(mixed('afgerond', 'nee').differs).toBe(true);
  });
});
