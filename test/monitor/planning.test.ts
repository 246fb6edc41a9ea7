import { describe, expect, it } from 'vitest';
import { answerIsBehind, isDue, parsePlanning } from '../../server/domain/monitor/planning.ts';
import { SURVEY } from '../support/wave.ts';

const survey = SURVEY;

describe('planning parser', () => {
  it('reads every planning text of the 2024 definition', () => {
    const texts = [...new Set(survey.questions.map((q) => q.planning).filter((p): p is string => p !== null))];
    expect(texts.length).toBeGreaterThanOrEqual(12);
    for (const t of texts) expect(parsePlanning(t), t).not.toBeNull();
  });

  it.each([
    ['Klaar Q2 2024', 'klaar', '2024-06-30'],
    ['Klaar in Q2 2024', 'klaar', '2024-06-30'],
    ['Klaar Q4 2023', 'klaar', '2023-12-31'],
    ['Klaar Q1 2024', 'klaar', '2024-03-31'],
    ['Start Q3 2024', 'start', '2024-07-01'],
    ['Start in Q1 2024', 'start', '2024-01-01'],
    ['Start 2023', 'start', '2023-01-01'],
    ['Start in 2023', 'start', '2023-01-01'],
    ['In 2023', 'in', '2023-12-31'],
    ['In 2024', 'in', '2024-12-31'],
    ['Eind 2025', 'in', '2025-12-31'],
    ['Klaar H1 2025', 'klaar', '2025-06-30'],
  ])('%s → %s, due %s', (text, kind, due) => {
    const p = parsePlanning(text)!;
    expect(p.kind).toBe(kind);
    expect(p.due).toBe(due);
    expect(p.expects).toBe(kind === 'start' ? 'begonnen' : 'afgerond');
  });

  it('returns null for empty or unknown texts', () => {
    expect(parsePlanning(null)).toBeNull();
    expect(parsePlanning('')).toBeNull();
    expect(parsePlanning('zo snel mogelijk')).toBeNull();
    expect(parsePlanning('Klaar Q5 2024')).toBeNull();
  });
});

describe('behind schedule around the reference date', () => {
  const q2 = parsePlanning('Klaar Q2 2024')!;
  it('is due on the last day of the period itself', () => {
    expect(isDue(q2, '2024-06-30')).toBe(true);
    expect(isDue(q2, '2024-06-29')).toBe(false);
    expect(isDue(q2, '2024-07-01')).toBe(true);
  });

  it("a 'Start' planning is due at the start of its period", () => {
    const start = parsePlanning('Start Q3 2024')!;
    expect(isDue(start, '2024-06-30')).toBe(false);
    expect(isDue(start, '2024-07-01')).toBe(true);
  });

  it("counts everything but 'Afgerond' and 'Ja' as behind a deadline", () => {
    for (const code of ['niet_begonnen', 'mee_bezig', 'bijna_klaar']) expect(answerIsBehind('status', code, 'afgerond')).toBe(true);
    expect(answerIsBehind('status', 'afgerond', 'afgerond')).toBe(false);
    expect(answerIsBehind('janee', 'nee', 'afgerond')).toBe(true);
    expect(answerIsBehind('janee', 'ja', 'afgerond')).toBe(false);
  });

  it("counts only 'Nog niet begonnen' (or 'Nee') as behind a start", () => {
    expect(answerIsBehind('status', 'niet_begonnen', 'begonnen')).toBe(true);
    expect(answerIsBehind('status', 'mee_bezig', 'begonnen')).toBe(false);
    expect(answerIsBehind('janee', 'nee', 'begonnen')).toBe(true);
    expect(answerIsBehind('schaal5', 'helemaal_niet', 'afgerond')).toBe(false);
  });
});
