import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { random } from '../../server/domain/exampleAnswers.ts';
import { datum, parseDateText } from '../../server/questions/datum.ts';
import { moduleFor, questionModules, questionTypes } from '../../server/questions/index.ts';
import { parseSurveyFile } from '../../server/survey/loader.ts';

const q = { id: 'x.datum', type: 'datum', required: false };
const limited = { ...q, notBefore: '2000-01-01', notAfter: '2024-12-31' };

describe('datum', () => {
  it('reads dd-mm-jjjj and yyyy-mm-dd as typed, and stores yyyy-mm-dd', () => {
    for (const typed of ['15-03-2024', '15-3-2024', '15/03/2024', '15.03.2024', '2024-03-15', ' 2024-03-15 ']) {
      expect(datum.parseForm(q, typed), typed).toEqual({ ok: true, value: '2024-03-15' });
    }
    expect(datum.parseJson(q, '2024-03-15')).toEqual({ ok: true, value: '2024-03-15' });
    expect(datum.parseForm(q, '')).toEqual({ ok: true, value: null });
    expect(datum.parseForm(q, undefined)).toEqual({ ok: true, value: null });
  });

  it('refuses what is not a day, with a Dutch example', () => {
    for (const bad of ['31-02-2024', '2024-13-01', 'maart 2024', '15-03-24', '2024', 12, ['2024-03-15']]) {
      expect(datum.parseForm(q, bad), String(bad)).toEqual({ ok: false, error: 'Vul een datum in, bijvoorbeeld 15-03-2024.' });
    }
    expect(parseDateText('29-02-2024')).toBe('2024-02-29');
    expect(parseDateText('29-02-2023')).toBeNull();
  });

  it('keeps the definition limits', () => {
    expect(datum.parseForm(limited, '31-12-1999')).toEqual({ ok: false, error: 'Vul een datum in vanaf 1 januari 2000.' });
    expect(datum.parseForm(limited, '2025-01-01')).toEqual({ ok: false, error: 'Vul een datum in tot en met 31 december 2024.' });
    expect(datum.limits(limited)).toEqual({ min: '2000-01-01', max: '2024-12-31' });
  });

  it('reads an Excel date cell as the day it shows, whatever the time of day', () => {
    expect(datum.parseCell(q, new Date(Date.UTC(2024, 2, 15)))).toEqual({ ok: true, value: '2024-03-15' });
    expect(datum.parseCell(q, new Date(Date.UTC(2024, 2, 15, 23, 59)))).toEqual({ ok: true, value: '2024-03-15' });
    expect(datum.parseCell(q, '15-03-2024')).toEqual({ ok: true, value: '2024-03-15' });
    expect(datum.sheet.readCell(q, { value: new Date(Date.UTC(2024, 2, 15)), numFmt: 'dd-mm-yyyy' })).toEqual(new Date(Date.UTC(2024, 2, 15)));
  });

  it('writes a date cell with a date validation, and its code, text and codebook range', () => {
    const cell = datum.sheet.cell(limited, '2024-03-15', { listRange: () => '' });
    expect(cell.value).toEqual(new Date(Date.UTC(2024, 2, 15)));
    expect(cell.numFmt).toBe('dd-mm-yyyy');
    expect(cell.dataValidation).toMatchObject({ type: 'date', operator: 'between', formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2024, 11, 31))] });
    expect(cell.hint).toContain('15-03-2024');
    expect(datum.exportCell(q, '2024-03-15')).toBe('2024-03-15');
    expect(datum.format(q, '2024-03-15')).toBe('15 maart 2024');
    expect(datum.toFormValue('2024-03-15')).toBe('2024-03-15'); // what <input type="date"> shows
    expect(datum.codebook(limited)).toBe('datum als JJJJ-MM-DD, 2000-01-01 tot en met 2024-12-31');
    expect(datum.csvCell(q, '15-3-2024', ',')).toBe('15-3-2024');
  });

  it('counts answers per year, in order of the years', () => {
    expect(datum.aggregate(q, ['2019-05-01', '2017-01-31', '2019-12-31', 'x'])).toEqual({
      kind: 'options', n: 3, counts: { 2017: 1, 2019: 2 }, categories: [{ code: '2017', label: '2017' }, { code: '2019', label: '2019' }],
    });
  });

  it('gives valid example answers within its limits', () => {
    const rnd = random(13);
    for (let i = 0; i < 200; i++) {
      const v = datum.example(limited, rnd);
      expect(datum.parseJson(limited, v)).toEqual({ ok: true, value: v });
    }
  });
});

describe('every question type', () => {
  it('is in the registry and gives valid example answers', () => {
    const sink = parseSurveyFile('keukentafel.json', JSON.stringify(kitchenSinkJson()));
    expect(new Set(sink.questions.map((x) => x.type))).toEqual(new Set(questionTypes));
    for (const question of sink.questions) {
      const m = moduleFor(question.type);
      expect(m).toBe(questionModules[question.type]);
      const rnd = random(7);
      for (let i = 0; i < 20; i++) {
        const v = m.example(question, rnd);
        expect(m.parseJson(question, v), `${question.type} ${JSON.stringify(v)}`).toEqual({ ok: true, value: v });
      }
    }
  });

  it('is refused in a definition when unknown, with the file and the path', () => {
    const json = kitchenSinkJson();
    (json.questions[9] as { type: string }).type = 'tijdstip';
    expect(() => parseSurveyFile('keukentafel.json', JSON.stringify(json))).toThrow(/keukentafel\.json[\s\S]*questions\.9\.type/);
  });

  it('accepts only its own definition fields (the union is built from the modules)', () => {
    const json = kitchenSinkJson();
    (json.questions[9] as Record<string, unknown>).min = 3;
    expect(() => parseSurveyFile('keukentafel.json', JSON.stringify(json))).toThrow(/questions\.9/);
    const ok = kitchenSinkJson();
    (ok.questions[9] as Record<string, unknown>).notBefore = '15-03-2024';
    expect(() => parseSurveyFile('keukentafel.json', JSON.stringify(ok))).toThrow(/questions\.9\.notBefore: datum als JJJJ-MM-DD/);
  });
});

function kitchenSinkJson(): { questions: object[] } {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/kitchen-sink/keukentafel.json'), 'utf8')) as { questions: object[] };
}
