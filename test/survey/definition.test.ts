import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSurveys, parseSurveyFile, SURVEYS_DIR, SurveyDefinitionError } from '../../server/survey/loader.ts';
import { questionsFor } from '../../server/survey/model.ts';

const file = path.join(SURVEYS_DIR, 'hervormingsagenda-2024.json');
const text = readFileSync(file, 'utf8');

function faultsOf(mutate: (def: any) => void): string[] {
  const def = JSON.parse(text);
  mutate(def);
  try {
    parseSurveyFile('broken.json', JSON.stringify(def));
  } catch (e) {
    expect(e).toBeInstanceOf(SurveyDefinitionError);
    expect((e as Error).message).toContain('broken.json');
    return (e as SurveyDefinitionError).problems;
  }
  throw new Error('definition was accepted');
}

describe('the 2024 survey definition', () => {
  const survey = loadSurveys().get('hervormingsagenda-2024')!;

  it('holds every catalog question for every actor kind', () => {
    const counts = Object.fromEntries(survey.actors.map((a) => [a.id, questionsFor(survey, a.id).length]));
    expect(counts).toEqual({ rijk: 32, vng: 23, regio: 20, gemeente: 29, bgzj: 7, sbj: 5, kbl: 6 });
    expect(survey.fieldwork).toEqual({ opens: '2024-04-08', closes: '2024-06-30' });
    expect(survey.referenceDate).toBe('2024-06-30');
  });

  it('uses every question type (free text through the explanations)', () => {
    expect(new Set(survey.questions.map((q) => q.type))).toEqual(
      new Set(['status', 'janee', 'schaal5', 'keuze', 'meerkeuze', 'getal', 'percentage', 'bedrag']),
    );
    expect(survey.questions.filter((q) => q.explanation).length).toBeGreaterThan(90);
  });

  it('keeps the report\'s planning texts and shared-agreement keys', () => {
    const q = survey.questions.find((x) => x.id === 'rijk.reikwijdte.02')!;
    expect(q.planning).toBe('Klaar Q1 2024');
    const shared = survey.questions.filter((x) => x.agreementKey === 'onderwijstijd-cluster-3-4').map((x) => x.id);
    expect(shared.sort()).toEqual(['rijk.aanpalende-domeinen.01', 'vng.aanpalende-domeinen.01']);
  });
});

describe('a broken definition', () => {
  it('names the path of each fault', () => {
    const problems = faultsOf((d) => {
      d.questions[0].type = 'slider';
      d.questions[1].theme = 'onbekend';
      delete d.questions[2].text;
    });
    expect(problems.some((p) => p.startsWith('questions.0.type'))).toBe(true);
    expect(problems.some((p) => p.startsWith('questions.2.text'))).toBe(true);
  });

  it('accepts only refuse or confirm for an open question at submit, per question and for the survey', () => {
    const problems = faultsOf((d) => {
      d.openAtSubmit = 'misschien';
      d.questions[3].openAtSubmit = 'overslaan';
    });
    expect(problems.some((p) => p.startsWith('openAtSubmit'))).toBe(true);
    expect(problems.some((p) => p.startsWith('questions.3.openAtSubmit'))).toBe(true);
  });

  it('finds semantic faults: duplicate ids, unknown themes, conditions on unknown answers', () => {
    const idx = (d: any, id: string) => d.questions.findIndex((q: any) => q.id === id);
    const problems = faultsOf((d) => {
      d.questions[1].id = d.questions[0].id;
      d.questions[idx(d, 'gemeente.aanpalende-domeinen.03')].condition.equals = ['misschien'];
      d.questions[idx(d, 'gemeente.reikwijdte.01')].theme = 'onbekend';
      d.fieldwork.closes = '2024-01-01';
    });
    const joined = problems.join('\n');
    expect(joined).toMatch(/questions\.1\.id/);
    expect(joined).toMatch(/misschien/);
    expect(joined).toMatch(/onbekend/);
    expect(joined).toMatch(/fieldwork/);
  });

  it('takes its kinds of question from the definition: an unknown kind or role is a fault with its path', () => {
    const unknownKind = faultsOf((d) => {
      d.questions[3].kind = 'mening';
    });
    expect(unknownKind.some((p) => p.startsWith('questions.3.kind') && p.includes('mening'))).toBe(true);
    const unknownRole = faultsOf((d) => {
      d.questionKinds.vervolg.role = 'grafiek';
    });
    expect(unknownRole.some((p) => p.startsWith('questionKinds.vervolg.role'))).toBe(true);
  });

  it('gives each question the monitor role of its kind, whatever the kind is called', () => {
    const def = JSON.parse(text);
    def.questionKinds = { doel: { role: 'agreement', label: 'Doel' }, ervaring: { role: 'experience', label: 'Ervaring' },
      info: { role: 'informative', label: 'Info' }, vervolg: { role: 'followUp', label: 'Vervolgvraag' } };
    const rename: Record<string, string> = { afspraak: 'doel', beleving: 'ervaring', informatief: 'info', vervolg: 'vervolg' };
    for (const q of def.questions) q.kind = rename[q.kind];
    const renamed = parseSurveyFile('hernoemd.json', JSON.stringify(def));
    const roles = (s: typeof renamed) => s.questions.map((q) => q.role);
    expect(roles(renamed)).toEqual(roles(parseSurveyFile('origineel.json', text)));
    expect(new Set(roles(renamed))).toEqual(new Set(['agreement', 'experience', 'informative', 'followUp']));
  });

  it('stops loading a surveys folder with the file name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'surveys-'));
    writeFileSync(path.join(dir, 'kapot.json'), '{"id": ');
    expect(() => loadSurveys(dir)).toThrow(/kapot\.json[\s\S]*geen geldige JSON/);
  });
});
