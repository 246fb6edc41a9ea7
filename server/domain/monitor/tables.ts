import type { Survey } from '../../survey/schema.ts';
import { actorTable } from './actorTable.ts';
import { mostChosen } from './distribution.ts';
import { sharedAgreements, type RowOfActor } from './agreements.ts';
import { behindItem } from './behindSchedule.ts';
import { informativeOf } from './informativeOf.ts';
import { isSegmented } from './segments.ts';
import type { TablesContext } from './tableContext.ts';
import { tableLayout } from './tableLayout.ts';
import {
  MIN_GROUP_SIZE, type ActorTable, type BehindScheduleItem, type InformativeStat, type SegmentFilter, type ThemeTables, type WaveTables,
} from './types.ts';
import type { TableSource } from './tableSource.ts';

export interface WaveMeta {
  waveId: string;
  title: string;
  referenceDate: string;
  /**
   * With a segment: the organisations per actor kind that it holds, answered or not (the service
   * counts them in the register). Tells an empty selection from one whose members did not answer.
   */
  population?: ReadonlyMap<string, number> | null;
}

/** Every table of a wave from its counted answers: pure, so pages, API, Excel and tests share it. */
export function buildTables(survey: Survey, source: TableSource, filter: SegmentFilter, meta: WaveMeta): WaveTables {
  const ctx: TablesContext = {
    survey, source, filter, segmented: isSegmented(filter), referenceDate: meta.referenceDate,
    population: meta.population ?? null,
  };
  const allRows: RowOfActor[] = [];
  const behind: BehindScheduleItem[] = [];

  const themes: ThemeTables[] = tableLayout(survey).themes.map(({ theme, actors }) => {
    const tables: ActorTable[] = [];
    const informative: InformativeStat[] = [];
    for (const { actor, tableQuestions: tableQs, informative: infoQs } of actors) {
      if (tableQs.length) {
        const table = actorTable(ctx, actor, theme.id, tableQs);
        tables.push(table);
        table.rows.forEach((row, i) => {
          const tally = { codes: row.cellCodes, labels: row.cellLabels, n: row.n, counts: row.counts ?? [] };
          const answer = row.chosen ?? (row.suppressed ? null : mostChosen(tally));
          allRows.push({ actor, themeId: theme.id, row, answer });
          const item = behindItem(ctx, theme, actor, tableQs[i]!, table, row);
          if (item) behind.push(item);
        });
      }
      for (const q of infoQs) informative.push(informativeOf(ctx, actor, q));
    }
    return { id: theme.id, number: theme.number, title: theme.title, tables, informative };
  });

  return {
    waveId: meta.waveId,
    surveyId: survey.id,
    title: meta.title,
    referenceDate: meta.referenceDate,
    filter,
    segmented: ctx.segmented,
    minGroupSize: MIN_GROUP_SIZE,
    respondents: survey.actors.map((a) => ({ actor: a.id, label: a.labelPlural, n: source.respondents(a.id) })),
    themes,
    behindSchedule: behind,
    // Last: marks rows whose agreement another actor answered differently.
    agreements: sharedAgreements(survey, allRows),
  };
}
