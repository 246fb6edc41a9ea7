import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSurveys, SURVEYS_DIR, SurveyDefinitionError } from '../../server/survey/loader.ts';
import { surveyLink } from '../../server/survey/links.ts';

const surveys = loadSurveys();
const read = (name: string) => JSON.parse(readFileSync(path.join(SURVEYS_DIR, name), 'utf8'));

/** Both monitor definitions in a folder of their own, the 2025 one changed by `mutate`. */
function loadChanged(mutate: (def: any) => void, mergers?: string): () => unknown {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waves17-'));
  writeFileSync(path.join(dir, 'hervormingsagenda-2024.json'), JSON.stringify(read('hervormingsagenda-2024.json')));
  const def = read('hervormingsagenda-2025.json');
  def.previous.mergers = mergers ?? path.resolve(SURVEYS_DIR, def.previous.mergers);
  mutate(def);
  writeFileSync(path.join(dir, 'hervormingsagenda-2025.json'), JSON.stringify(def));
  return () => loadSurveys(dir);
}

describe('the 2025 definition follows the 2024 one', () => {
  const survey = surveys.get('hervormingsagenda-2025')!;
  const link = surveyLink(survey, surveys)!;

  it('has its own title and reference date, and names the 2024 survey as its previous one', () => {
    expect(survey.title).toBe('Monitor van de afspraken Hervormingsagenda Jeugd 2025');
    expect(survey.referenceDate).toBe('2025-06-30');
    expect(link.previous.id).toBe('hervormingsagenda-2024');
  });

  it('continues a question by its id by default, a rewritten one by its link; one new, one retired', () => {
    expect(link.continues.get('regio.residentieel.02')).toBe('regio.residentieel.02');
    expect(link.continues.get('gemeente.lokale-teams.11')).toBe('gemeente.lokale-teams.05');
    expect(link.added.map((q) => q.id)).toEqual(['gemeente.residentieel.02']);
    expect(link.retired.map((q) => q.id)).toEqual(['gemeente.lokale-teams.04']);
    const planning = (s: typeof survey, id: string) => s.questions.find((q) => q.id === id)!.planning;
    expect(planning(link.previous, 'regio.residentieel.02')).toBe('Start in Q1 2024');
    expect(planning(survey, 'regio.residentieel.02')).toBe('Klaar Q2 2025');
  });

  it('has a mergers file (CBS 2025: no mergers) that the loader read', () => {
    expect(link.mergers.size).toBe(0);
  });
});

describe('a broken link stops start-up with the file and the path', () => {
  const problems = (load: () => unknown): { file: string; problems: string[] } => {
    try {
      load();
    } catch (e) {
      expect(e).toBeInstanceOf(SurveyDefinitionError);
      return { file: (e as SurveyDefinitionError).file, problems: (e as SurveyDefinitionError).problems };
    }
    throw new Error('the broken definition was accepted');
  };

  it('refuses a link to a question that does not exist', () => {
    const at = read('hervormingsagenda-2025.json').questions.findIndex((q: { id: string }) => q.id === 'gemeente.lokale-teams.11');
    const got = problems(loadChanged((d) => { d.questions[at].continues = 'gemeente.lokale-teams.99'; }));
    expect(got.file).toMatch(/hervormingsagenda-2025\.json$/);
    expect(got.problems).toEqual([`questions.${at}.continues: vraag gemeente.lokale-teams.99 bestaat niet in hervormingsagenda-2024`]);
  });

  it('refuses an unknown previous survey', () => {
    expect(problems(loadChanged((d) => { d.previous.survey = 'monitor-1999'; })).problems)
      .toEqual(['previous.survey: onbekende vorige vragenlijst monitor-1999']);
  });

  it('refuses a mergers file with a wrong row', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'waves17-m-')), 'herindelingen.csv');
    writeFileSync(file, 'code,name,successor_code,successor_name,date\nGM0001,Oud,Nieuw,Nieuwe gemeente,2025-01-01\n');
    expect(problems(loadChanged(() => {}, file)).problems).toEqual(['previous.mergers: regel 2: successor_code als GM0000']);
  });
});
