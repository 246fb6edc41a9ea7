// Which questions make up each theme's table and informative figures per actor kind: the same for
// every wave and filter, so worked out once per survey (filtering every question for every theme and
// kind was a third of building a small segment's tables, issue 18).
import { questionsFor } from '../../survey/model.ts';
import type { ActorDef, Question, Survey, Theme } from '../../survey/schema.ts';
import { isInformative, isTableRow } from './tableContext.ts';

export interface ActorPart {
  actor: ActorDef;
  /** The rows of this kind's table of the theme (none: the kind has no table there). */
  tableQuestions: Question[];
  informative: Question[];
}

export interface ThemeLayout {
  theme: Theme;
  actors: ActorPart[];
}

export interface TableLayout {
  themes: ThemeLayout[];
  questionById: ReadonlyMap<string, Question>;
}

const layouts = new WeakMap<Survey, TableLayout>();

export function tableLayout(survey: Survey): TableLayout {
  let layout = layouts.get(survey);
  if (layout) return layout;
  const themes = survey.themes.map((theme) => ({
    theme,
    actors: survey.actors.map((actor) => {
      const questions = questionsFor(survey, actor.id).filter((q) => q.theme === theme.id);
      return { actor, tableQuestions: questions.filter(isTableRow), informative: questions.filter(isInformative) };
    }),
  }));
  layout = { themes, questionById: new Map(survey.questions.map((q) => [q.id, q])) };
  layouts.set(survey, layout);
  return layout;
}
