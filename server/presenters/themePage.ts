import { messages } from '../messages.ts';
import type { AnswerValue } from '../questions/index.ts';
import { fieldsOf, themesFor } from '../survey/model.ts';
import type { Survey } from '../survey/schema.ts';
import { questionViews, type PageState } from './questionView.ts';

export interface ThemePageState extends PageState {
  version: number;
  /** Per field the value the page's inputs are based on; missing fields default to the stored answer. */
  bases?: Record<string, AnswerValue | null>;
  notice?: string | null;
  /** After a save with refused fields: whether other answers on the page were written. */
  othersSaved?: boolean;
}

/** Everything the theme view needs besides the page frame: questions, error summary, hidden merge data. */
export function themePage(survey: Survey, actor: string, theme: string, st: ThemePageState) {
  const themes = themesFor(survey, actor);
  const index = themes.findIndex((t) => t.id === theme);
  const items = questionViews(survey, actor, theme, st);
  // Each summary line names its question, so a list of several errors can be followed without the page.
  const errorList = items.flatMap((i) =>
    [i.answer, i.anders, i.toelichting]
      .filter((f) => f?.error)
      .map((f) => ({
        href: `#${f!.id.replaceAll('.', '-')}`,
        text: `Vraag ${i.number}${f === i.answer ? '' : f === i.toelichting ? ' (toelichting)' : ' (namelijk)'}: ${f!.error!}`,
      })),
  );
  const bases: Record<string, AnswerValue | null> = {};
  for (const q of items.map((i) => i.question)) {
    for (const f of fieldsOf(q)) bases[f.id] = st.bases && f.id in st.bases ? st.bases[f.id]! : (st.answers[f.id] ?? null);
  }
  const conflictIds = Object.keys(st.conflicts ?? {});
  const hasErrors = errorList.length > 0;
  return {
    title: `${hasErrors ? 'Fout: ' : ''}${themes[index]!.title}`,
    theme: themes[index],
    next: themes[index + 1] ?? null,
    previous: themes[index - 1] ?? null,
    items,
    errorList,
    summaryIntro:
      hasErrors && st.othersSaved !== undefined ? (st.othersSaved ? messages.errorsOthersSaved : messages.errorsNothingElseChanged) : null,
    version: st.version,
    basesJson: JSON.stringify(bases),
    conflictIds: conflictIds.join(' '),
    notice: st.notice ?? null,
    hasConflicts: conflictIds.length > 0,
  };
}
