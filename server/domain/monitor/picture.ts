/**
 * The overall picture (report §1.2 and chapter 2): per party and per theme, how the agreements
 * stand: done, in progress, not started, no answer, and behind schedule. For a single party
 * (Rijk, VNG, …) the units are its agreements; for gemeenten and regio's its answers (organisation
 * × agreement), so the shares are those of all their answers to the theme's agreements.
 */
import { moduleFor } from '../../questions/index.ts';
import type { Survey } from '../../survey/schema.ts';
import { answerIsBehind, isDue, parsePlanning } from './planning.ts';
import type { WaveTables } from './types.ts';

export interface PictureCounts {
  /** Agreements (single party) or answers to agreements (gemeenten, regio's). */
  units: number;
  done: number;
  inProgress: number;
  notStarted: number;
  /** Single party: agreements without its answer; groups: always 0 (a blank is no answer, not a unit). */
  unanswered: number;
  /** Of the units: behind a planning that has passed on the reference date. */
  behind: number;
}

export interface PictureRow extends PictureCounts {
  themeId: string;
  number: string;
  title: string;
}

export interface PartyPicture {
  actor: string;
  label: string;
  single: boolean;
  themes: PictureRow[];
  total: PictureCounts;
}

const empty = (): PictureCounts => ({ units: 0, done: 0, inProgress: 0, notStarted: 0, unanswered: 0, behind: 0 });

const add = (into: PictureCounts, c: PictureCounts) => {
  for (const k of Object.keys(into) as (keyof PictureCounts)[]) into[k] += c[k];
};

/**
 * One answer code as progress: its type's 'done' code is done; an answer that is behind when the
 * agreement should have started ('Nog niet begonnen', 'Nee') is not started; any other is in progress.
 */
function progressOf(type: string, code: string): 'done' | 'notStarted' | 'inProgress' {
  const m = moduleFor(type);
  if (m.doneCode === code) return 'done';
  return m.isBehind(code, 'begonnen') ? 'notStarted' : 'inProgress';
}

/** From the tables the pages already show (suppressed groups count nothing), so the figures agree. */
export function overallPicture(survey: Survey, tables: WaveTables): PartyPicture[] {
  const questions = new Map(survey.questions.map((q) => [q.id, q]));
  const out: PartyPicture[] = [];
  for (const actor of survey.actors) {
    const themes: PictureRow[] = [];
    const total = empty();
    for (const theme of tables.themes) {
      const table = theme.tables.find((t) => t.actor === actor.id && t.role === 'agreement');
      if (!table) continue;
      const row: PictureRow = { themeId: theme.id, number: theme.number, title: theme.title, ...empty() };
      for (const r of table.rows) {
        const q = questions.get(r.questionId);
        if (!q || q.role !== 'agreement') continue;
        const plan = parsePlanning(q.planning);
        const due = plan !== null && isDue(plan, tables.referenceDate);
        if (table.single) {
          row.units++;
          if (!r.chosen) { row.unanswered++; continue; }
          row[progressOf(q.type, r.chosen.code)]++;
          if (r.behindSchedule) row.behind++;
          continue;
        }
        if (!r.counts) continue;
        r.cellCodes.forEach((code, i) => {
          const n = r.counts![i] ?? 0;
          if (!n) return;
          row.units += n;
          row[progressOf(q.type, code)] += n;
          if (due && answerIsBehind(q.type, code, plan!.expects)) row.behind += n;
        });
      }
      if (row.units === 0) continue;
      themes.push(row);
      add(total, row);
    }
    if (themes.length) out.push({ actor: actor.id, label: actor.labelPlural, single: actor.single, themes, total });
  }
  return out;
}
