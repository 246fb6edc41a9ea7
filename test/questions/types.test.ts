import { describe, expect, it } from 'vitest';
import { moduleFor } from '../../server/questions/index.ts';
import { parseDutchNumber } from '../../server/questions/numberQuestion.ts';

const q = (type: string, extra: object = {}) => ({ id: `x.${type}`, type, required: false, ...extra });
const keuze = q('keuze', { options: [{ code: 'a', label: 'A' }, { code: 'b', label: 'B' }, { code: 'anders', label: 'Anders', other: true }] });
const meerkeuze = { ...keuze, type: 'meerkeuze' };

describe('option questions', () => {
  it.each(['status', 'janee', 'schaal5'])('%s accepts only its own codes', (type) => {
    const m = moduleFor(type);
    const options = m.options(q(type))!;
    expect(m.parseForm(q(type), options[0]!.code)).toEqual({ ok: true, value: options[0]!.code });
    expect(m.parseForm(q(type), 'iets')).toEqual({ ok: false, error: 'Kies een van de gegeven antwoorden.' });
    expect(m.parseForm(q(type), '')).toEqual({ ok: true, value: null });
    expect(m.parseForm(q(type), undefined)).toEqual({ ok: true, value: null });
  });

  it('janee reads spreadsheet cells by code or label', () => {
    const m = moduleFor('janee');
    expect(m.parseCell(q('janee'), 'ja')).toEqual({ ok: true, value: 'ja' });
    expect(m.format(q('janee'), 'nee')).toBe('Nee');
  });

  it('meerkeuze keeps definition order, drops duplicates, refuses unknown codes', () => {
    const m = moduleFor('meerkeuze');
    expect(m.parseForm(meerkeuze, ['b', 'a', 'b'])).toEqual({ ok: true, value: ['a', 'b'] });
    expect(m.parseForm(meerkeuze, 'a')).toEqual({ ok: true, value: ['a'] });
    expect(m.parseForm(meerkeuze, undefined)).toEqual({ ok: true, value: null });
    expect(m.parseForm(meerkeuze, ['a', 'z']).ok).toBe(false);
    expect(m.parseJson(meerkeuze, ['a', 'anders'])).toEqual({ ok: true, value: ['a', 'anders'] });
    expect(m.exportCell(meerkeuze, ['a', 'anders'])).toBe('a|anders');
    expect(m.parseCell(meerkeuze, 'a|anders')).toEqual({ ok: true, value: ['a', 'anders'] });
    expect(m.format(meerkeuze, ['a', 'b'])).toBe('A; B');
  });

  it('aggregates counts per option without counting empty answers', () => {
    const m = moduleFor('keuze');
    expect(m.aggregate(keuze, ['a', 'a', 'b'])).toEqual({ kind: 'options', n: 3, counts: { a: 2, b: 1, anders: 0 } });
  });

  it('counts only its own codes, also when a stored value is a name every object has', () => {
    const m = moduleFor('keuze');
    expect(m.aggregate(keuze, ['toString', 'constructor', 'a', 7])).toEqual({ kind: 'options', n: 1, counts: { a: 1, b: 0, anders: 0 } });
    expect(moduleFor('meerkeuze').aggregate(meerkeuze, [['toString', 'b'], ['constructor']]))
      .toEqual({ kind: 'options', n: 2, counts: { a: 0, b: 1, anders: 0 } });
  });
});

describe('numbers', () => {
  it('reads Dutch notation', () => {
    expect(parseDutchNumber('1.250.000,50')).toBe(1250000.5);
    expect(parseDutchNumber('37,5')).toBe(37.5);
    expect(parseDutchNumber('€ 2.000')).toBe(2000);
    expect(parseDutchNumber('12%')).toBe(12);
    expect(parseDutchNumber('1.5')).toBe(1.5);
    expect(parseDutchNumber('veel')).toBeNull();
  });

  it('getal wants a whole, non-negative number', () => {
    const m = moduleFor('getal');
    expect(m.parseForm(q('getal'), '12')).toEqual({ ok: true, value: 12 });
    expect(m.parseForm(q('getal'), '12,5')).toEqual({ ok: false, error: 'Vul een heel getal in, zonder komma.' });
    expect(m.parseForm(q('getal'), '-1').ok).toBe(false);
    expect(m.parseJson(q('getal'), 12)).toEqual({ ok: true, value: 12 });
    // Text is read as the form reads it (autosave sends what was typed).
    expect(m.parseJson(q('getal'), '12')).toEqual({ ok: true, value: 12 });
    expect(moduleFor('percentage').parseJson(q('percentage'), '12,5%')).toEqual({ ok: true, value: 12.5 });
    expect(m.parseJson(q('getal'), true).ok).toBe(false);
  });

  it('percentage stays between 0 and 100', () => {
    const m = moduleFor('percentage');
    expect(m.parseForm(q('percentage'), '100')).toEqual({ ok: true, value: 100 });
    expect(m.parseForm(q('percentage'), '100,1').ok).toBe(false);
    expect(m.parseForm(q('percentage'), '-0,5').ok).toBe(false);
  });

  it('bedrag accepts euros and cents, formats as euros', () => {
    const m = moduleFor('bedrag');
    expect(m.parseForm(q('bedrag'), '€ 1.250,75')).toEqual({ ok: true, value: 1250.75 });
    expect(m.format(q('bedrag'), 1250.75).replace(/\s/g, ' ')).toBe('€ 1.250,75');
  });

  it('aggregates mean, median, min and max over given answers only', () => {
    const m = moduleFor('getal');
    expect(m.aggregate(q('getal'), [1, 2, 3, 10])).toEqual({ kind: 'numbers', n: 4, mean: 4, median: 2.5, min: 1, max: 10 });
    expect(m.aggregate(q('getal'), [])).toEqual({ kind: 'numbers', n: 0, mean: null, median: null, min: null, max: null });
  });
});

describe('text', () => {
  it('normalises line ends, treats blank as empty and limits the length', () => {
    const m = moduleFor('tekst');
    expect(m.parseForm(q('tekst'), 'a\r\nb')).toEqual({ ok: true, value: 'a\nb' });
    expect(m.parseForm(q('tekst'), '   ')).toEqual({ ok: true, value: null });
    const long = m.parseForm(q('tekst'), 'x'.repeat(5001));
    expect(long.ok).toBe(false);
    expect(!long.ok && long.error).toContain('maximaal 5.000 tekens');
  });

  it('refuses anything that is not text from the API', () => {
    expect(moduleFor('tekst').parseJson(q('tekst'), { a: 1 }).ok).toBe(false);
  });
});

describe('unknown types', () => {
  it('fail loudly', () => {
    expect(() => moduleFor('slider')).toThrow();
  });
});
