import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkProblems } from './links.ts';
import { surveySchema, type Survey } from './schema.ts';

export const SURVEYS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../surveys');

export class SurveyDefinitionError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Ongeldige vragenlijstdefinitie ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parse one definition; every fault is reported with the file and the JSON path. */
export function parseSurveyFile(file: string, text: string): Survey {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SurveyDefinitionError(file, [`geen geldige JSON: ${(e as Error).message}`]);
  }
  const result = surveySchema.safeParse(json);
  if (!result.success) {
    throw new SurveyDefinitionError(
      file,
      result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`),
    );
  }
  return result.data;
}

/** `known`: surveys loaded before (from another folder) that a definition here may follow. */
export function loadSurveys(dir = SURVEYS_DIR, known: ReadonlyMap<string, Survey> = new Map()): Map<string, Survey> {
  const surveys = new Map<string, Survey>();
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    const survey = parseSurveyFile(file, readFileSync(file, 'utf8'));
    // Reference files are named relative to the definition's folder.
    for (const a of survey.actors) if (a.organisations) a.organisations.file = path.resolve(dir, a.organisations.file);
    if (survey.previous?.mergers) survey.previous.mergers = path.resolve(dir, survey.previous.mergers);
    if (surveys.has(survey.id)) throw new SurveyDefinitionError(file, [`id: dubbele vragenlijst-id ${survey.id}`]);
    surveys.set(survey.id, survey);
    files.set(survey.id, file);
  }
  // Links between years need every definition of the folder: a link to a question that does not exist stops start-up.
  const all = new Map([...known, ...surveys]);
  for (const survey of surveys.values()) {
    const problems = linkProblems(survey, all);
    if (problems.length) throw new SurveyDefinitionError(files.get(survey.id)!, problems);
  }
  return surveys;
}
