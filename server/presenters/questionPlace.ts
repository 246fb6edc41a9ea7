import { questionNumbers } from '../survey/numbers.ts';
import type { Survey } from '../survey/schema.ts';
import { themeSheetName } from '../services/spreadsheet/sheetName.ts';

/**
 * Where a respondent finds a question, in their own words instead of its internal id:
 * 'Vraag 3 op tabblad ‘3.2 Jeugdhulp steviger verbinden’' (the tab of the offline workbook, the theme page).
 */
export function questionPlace(survey: Survey, actor: string, questionId: string): string {
  const question = survey.questions.find((q) => q.id === questionId);
  const theme = question && survey.themes.find((t) => t.id === question.theme);
  const number = questionNumbers(survey, actor).get(questionId);
  if (!question || !theme || number === undefined) return 'Vraag';
  return `Vraag ${number} op tabblad ‘${themeSheetName(theme)}’`;
}
