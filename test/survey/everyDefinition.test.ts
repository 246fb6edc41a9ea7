import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadSurveys, parseSurveyFile, SURVEYS_DIR, SurveyDefinitionError } from '../../server/survey/loader.ts';
import { questionsFor } from '../../server/survey/model.ts';

// Every definition in surveys/, each named in its test and in every failure (as DEFRA's
// definitions test does), so a new survey is checked without touching this file.
const files = readdirSync(SURVEYS_DIR).filter((f) => f.endsWith('.json')).sort();
const surveys = loadSurveys();

function problemsOf(file: string, mutate: (def: any) => void): string[] {
  const def = JSON.parse(readFileSync(path.join(SURVEYS_DIR, file), 'utf8'));
  mutate(def);
  try {
    parseSurveyFile(file, JSON.stringify(def));
  } catch (e) {
    expect(e, file).toBeInstanceOf(SurveyDefinitionError);
    expect((e as Error).message, file).toContain(file);
    return (e as SurveyDefinitionError).problems;
  }
  throw new Error(`${file}: the broken definition was accepted`);
}

it('finds the surveys: the 2024 and 2025 monitor and the 2018 transformation plans', () => {
  expect(files).toEqual(['hervormingsagenda-2024.json', 'hervormingsagenda-2025.json', 'transformatieplannen-2018.json']);
});

describe.each(files)('%s', (file) => {
  const text = readFileSync(path.join(SURVEYS_DIR, file), 'utf8');

  it('is valid', () => {
    expect(() => parseSurveyFile(file, text), file).not.toThrow();
  });

  it('gives every actor kind questions and a list of its organisations', () => {
    const survey = parseSurveyFile(file, text);
    const loaded = [...surveys.values()].find((s) => s.id === survey.id)!;
    for (const actor of loaded.actors) {
      expect(questionsFor(loaded, actor.id).length, `${file}: ${actor.id}`).toBeGreaterThan(0);
      const ref = actor.organisations;
      expect(ref, `${file}: actors.${actor.id}.organisations`).toBeDefined();
      expect(existsSync(ref!.file), `${file}: ${ref!.file}`).toBe(true);
      const rows: Record<string, string>[] = parse(readFileSync(ref!.file, 'utf8'), { columns: true, skip_empty_lines: true });
      const own = rows.filter((r) => r.actor_kind === undefined || r.actor_kind === actor.id);
      expect(own.length, `${file}: organisations of ${actor.id}`).toBeGreaterThan(0);
      for (const r of own) expect(r[ref!.columns.code ?? 'code'], `${file}: ${JSON.stringify(r)}`).toMatch(/^[A-Z0-9]{2,12}$/);
    }
  });

  it('refuses an unknown actor kind, naming the file and the path', () => {
    const problems = problemsOf(file, (d) => {
      d.questions[0].actorKinds = ['onbekend'];
      d.actors[0].partOf = 'nergens';
    });
    expect(problems, file).toContain('questions.0.actorKinds.0: onbekende actor onbekend');
    expect(problems, file).toContain('actors.0.partOf: onbekende actor nergens');
  });

  it('refuses a question id that does not follow the declared format', () => {
    const def = JSON.parse(text);
    const problems = problemsOf(file, (d) => {
      d.questions[0].id = `x${d.questions[0].id}`;
    });
    expect(problems.some((p) => p.startsWith('questions.0.id') && p.includes(def.questionIdFormat)), file).toBe(true);
  });
});

describe('the 2018 transformation plans', () => {
  const survey = surveys.get('transformatieplannen-2018')!;

  it('has one actor kind, the six action lines and their 17 main themes as multiple choice', () => {
    expect(survey.actors.map((a) => a.id)).toEqual(['jeugdzorgregio']);
    expect(survey.themes.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    const main = survey.questions.filter((q) => !q.condition);
    expect(main).toHaveLength(6);
    expect(main.every((q) => q.type === 'meerkeuze' && q.explanation)).toBe(true);
    expect(main.flatMap((q) => ('options' in q ? q.options : [])).length).toBe(17);
    // A sub-theme question per main theme, asked only after that main theme is chosen.
    expect(survey.questions.filter((q) => q.condition && q.type === 'meerkeuze')).toHaveLength(17);
  });

  it('lists the 42 regions of 2018 under their 2018 names', () => {
    const rows: { code: string; name: string }[] = parse(readFileSync(survey.actors[0]!.organisations!.file, 'utf8'), { columns: true });
    expect(rows).toHaveLength(42);
    expect(new Set(rows.map((r) => r.name)).size).toBe(42);
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['Friesland (Fryslan)', 'Food Valley', 'Midden IJssel / Oost Veluwe', 'Alkmaar (Noord-Kennemerland)']));
  });
});
