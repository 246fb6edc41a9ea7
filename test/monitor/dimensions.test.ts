import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, segmentConditions } from '../../server/domain/monitor/dimensions/index.ts';
import { describeSegment, parseSegmentQuery, segmentFields, segmentQuery } from '../../server/domain/monitor/segmentQuery.ts';
import { counts } from '../../server/domain/monitor/segments.ts';
import { SURVEY_2018 } from '../support/wave.ts';
import { org, survey } from './build.ts';

const choices = {
  provinces: [{ code: 'PV20', name: 'Groningen' }, { code: 'PV27', name: 'Noord-Holland' }],
  regions: [{ code: 'JZ01', name: 'Groningen' }],
};
const csv = (file: string) => parse(readFileSync(`server/reference/${file}`, 'utf8'), { columns: true }) as Record<string, string>[];

describe('the monitor dimensions drive the filter', () => {
  it('offers one form field per dimension, with its options', () => {
    const fields = segmentFields(survey, choices);
    expect(fields.map((f) => f.name)).toEqual(DIMENSIONS.map((d) => d.key));
    expect(fields.map((f) => f.name)).toEqual(['inwoners', 'provincie', 'regio', 'stedelijkheid']);
    const urban = fields.find((f) => f.name === 'stedelijkheid')!;
    expect(urban).toMatchObject({ label: 'Stedelijkheid', onlyFor: 'gemeenten' });
    expect(urban.choices.map(([code]) => code)).toEqual(['1', '2', '3', '4', '5']);
    expect(urban.choices[0]![1]).toContain('Zeer sterk stedelijk');
    expect(fields.find((f) => f.name === 'provincie')!.choices).toEqual([['PV20', 'Groningen'], ['PV27', 'Noord-Holland']]);
    expect(fields.find((f) => f.name === 'inwoners')!.onlyFor).toBe('gemeenten');
    expect(fields.find((f) => f.name === 'regio')!.onlyFor).toBeNull();
    // The same fields come with every parsed query, for the monitor form and the export form.
    expect(parseSegmentQuery(survey, {}, choices, false).fields).toEqual(fields);
  });

  it('reads each dimension from its query key and writes it back the same way', () => {
    const parsed = parseSegmentQuery(survey, { stedelijkheid: '1', provincie: 'pv27', inwoners: 'ge100k' }, choices, false);
    expect(parsed.errors).toEqual({});
    expect(parsed.filter).toEqual({ urbanisation: '1', province: 'PV27', inhabitants: 'ge100k' });
    expect(segmentQuery(parsed.filter)).toBe('?inwoners=ge100k&provincie=PV27&stedelijkheid=1');
    expect(describeSegment(parsed.filter, choices))
      .toBe('meer dan 100.000 inwoners, provincie Noord-Holland, zeer sterk stedelijke gemeenten');
  });

  it('refuses an unknown value with a Dutch message per field', () => {
    const parsed = parseSegmentQuery(survey, { stedelijkheid: '9', regio: 'jz99', inwoners: 'veel' }, choices, false);
    expect(parsed.filter).toEqual({});
    expect(parsed.errors.stedelijkheid).toBe('Stedelijkheid ‘9’ bestaat niet. Kies een klasse van 1 (zeer sterk stedelijk) tot en met 5 (niet stedelijk).');
    expect(parsed.errors.regio).toContain('‘JZ99’ bestaat niet');
    expect(parsed.errors.inwoners).toContain('Kies 100.000 inwoners of minder');
    expect(parsed.values).toMatchObject({ stedelijkheid: '9', regio: 'JZ99', inwoners: 'veel' });
  });

  it('splits only gemeenten by inhabitants and urbanisation; regio’s are in neither', () => {
    const regio = org('JZ13', 'regio', { regionCode: 'JZ13', provinceCode: 'PV27', inhabitants: 1_000_000 });
    const small = org('JZ02', 'regio', { regionCode: 'JZ02', provinceCode: 'PV21', inhabitants: 50_000 });
    const amsterdam = org('GM0363', 'gemeente', { regionCode: 'JZ13', provinceCode: 'PV27', inhabitants: 931_298 });
    const stadskanaal = org('GM0037', 'gemeente', { regionCode: 'JZ01', provinceCode: 'PV20', inhabitants: 32_013 });
    for (const f of [{ inhabitants: 'ge100k' }, { inhabitants: 'lt100k' }, { urbanisation: '1' }, { urbanisation: '5' }]) {
      expect(counts(survey, regio, f)).toBe(false);
      expect(counts(survey, small, f)).toBe(false);
    }
    expect(counts(survey, amsterdam, { inhabitants: 'ge100k' })).toBe(true);
    expect(counts(survey, amsterdam, { urbanisation: '1' })).toBe(true);
    // The report's wording: 'gemeenten met meer dan 100.000 inwoners'; exactly 100.000 is not large.
    const exactly = org('GM0001', 'gemeente', { inhabitants: 100_000 });
    const justMore = org('GM0002', 'gemeente', { inhabitants: 100_001 });
    const classes = (o: typeof exactly) => [counts(survey, o, { inhabitants: 'ge100k' }), counts(survey, o, { inhabitants: 'lt100k' })];
    expect(classes(exactly)).toEqual([false, true]);
    expect(classes(justMore)).toEqual([true, false]);
    expect(counts(survey, stadskanaal, { urbanisation: '4' })).toBe(true);
    expect(counts(survey, stadskanaal, { urbanisation: '1' })).toBe(false);
    // Province and region still hold their regio's; national bodies are never segmented.
    expect(counts(survey, regio, { region: 'JZ13' })).toBe(true);
    expect(counts(survey, regio, { province: 'PV27' })).toBe(true);
    expect(counts(survey, org('RIJK', 'rijk'), { urbanisation: '1' })).toBe(true);
    // The SQL side gets the same rule, actor kinds included.
    expect(segmentConditions(survey, { inhabitants: 'ge100k' })).toEqual([
      { field: 'actorKind', op: 'in', value: ['gemeente'] }, { field: 'inhabitants', op: '>=', value: 100_001 }, // 'meer dan 100.000'
    ]);
  });

  it('takes the kinds each dimension sorts from the survey, not from the engine', () => {
    const kinds = Object.fromEntries(DIMENSIONS.map((d) => [d.id, d.actorKinds(survey)]));
    expect(kinds).toEqual({
      inhabitants: ['gemeente'], province: ['gemeente', 'regio'], region: ['gemeente', 'regio'], urbanisation: ['gemeente'],
    });
    // The 2018 survey has one kind without an area: no dimension applies, no field is offered.
    const s2018 = SURVEY_2018;
    expect(DIMENSIONS.map((d) => d.actorKinds(s2018))).toEqual([[], [], [], []]);
    expect(segmentFields(s2018, choices)).toEqual([]);
    const parsed = parseSegmentQuery(s2018, { provincie: 'PV27', inwoners: 'veel' }, choices, false);
    expect(parsed).toMatchObject({ filter: {}, errors: {}, fields: [] });
    expect(counts(s2018, org('TP1801', 'jeugdzorgregio'), { province: 'PV27' })).toBe(true);
  });

  it('has a CBS urbanisation class for every 2024 municipality', () => {
    const gemeenten = csv('gemeenten-2024.csv');
    const urban = csv('stedelijkheid-2024.csv');
    expect(urban.map((r) => r.code)).toEqual(gemeenten.map((r) => r.code));
    expect(urban.map((r) => r.name)).toEqual(gemeenten.map((r) => r.name));
    expect(new Set(urban.map((r) => r.stedelijkheid))).toEqual(new Set(['1', '2', '3', '4', '5']));
    // CBS's own definition: the class follows from the address density (2,500 / 1,500 / 1,000 / 500 per km²).
    const classOf = (d: number) => (d >= 2500 ? '1' : d >= 1500 ? '2' : d >= 1000 ? '3' : d >= 500 ? '4' : '5');
    expect(urban.filter((r) => classOf(Number(r.omgevingsadressendichtheid)) !== r.stedelijkheid)).toEqual([]);
  });
});
