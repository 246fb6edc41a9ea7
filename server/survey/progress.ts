// Progress per theme (answered of applicable questions), as the questionnaire's start page shows it.
import { isApplicable, questionsFor, themesFor, type Answers } from './model.ts';
import type { Survey, Theme } from './schema.ts';

export interface ThemeProgress {
  theme: Theme;
  answered: number;
  total: number;
  missingRequired: number;
}

/** Answered of applicable questions per theme (explanations do not count, as in the report). */
export function progressByTheme(survey: Survey, actor: string, answers: Answers): ThemeProgress[] {
  const questions = questionsFor(survey, actor);
  return themesFor(survey, actor).map((theme) => {
    const applicable = questions.filter((q) => q.theme === theme.id && isApplicable(q, answers));
    return {
      theme,
      answered: applicable.filter((q) => answers[q.id] !== undefined).length,
      total: applicable.length,
      missingRequired: applicable.filter((q) => q.required && answers[q.id] === undefined).length,
    };
  });
}
