// The monitor tables as main computed them before issue 18 (an index of every answer), kept verbatim
// as the reference the streaming tally is compared with, cell for cell (test/monitor/tallyMatches.test.ts).
import type { Survey } from '../../../server/survey/schema.ts';
import { actorTable } from './actorTable.ts';
import { mostChosen } from '../../../server/domain/monitor/distribution.ts';
import { sharedAgreements, type RowOfActor } from '../../../server/domain/monitor/agreements.ts';
import { behindItem } from '../../../server/domain/monitor/behindSchedule.ts';
import { informativeOf } from './informativeOf.ts';
import { isSegmented } from '../../../server/domain/monitor/segments.ts';
import { isInformative, isTableRow, type TablesContext } from './tableContext.ts';
import {
  MIN_GROUP_SIZE, type ActorTable, type BehindScheduleItem, type InformativeStat, type SegmentFilter, type ThemeTables, type WaveTables,
} from '../../../server/domain/monitor/types.ts';
import type { WaveData } from '../../../server/domain/monitor/waveData.ts';

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

/** Every table of a wave from its indexed answers: pure, so pages, API, Excel and tests share it. */
export function buildTables(survey: Survey, data: WaveData, filter: SegmentFilter, meta: WaveMeta): WaveTables {
  const ctx: TablesContext = {
    survey, data, filter, segmented: isSegmented(filter), referenceDate: meta.referenceDate,
    population: meta.population ?? null, respondents: new Map(),
  };
  const allRows: RowOfActor[] = [];
  const behind: BehindScheduleItem[] = [];

  const themes: ThemeTables[] = survey.themes.map((theme) => {
    const tables: ActorTable[] = [];
    const informative: InformativeStat[] = [];
    for (const actor of survey.actors) {
      const questions = survey.questions.filter((q) => q.theme === theme.id && q.actorKinds.includes(actor.id));
      const tableQs = questions.filter(isTableRow);
      if (tableQs.length) {
        const table = actorTable(ctx, actor, tableQs);
        tables.push(table);
        table.rows.forEach((row, i) => {
          const tally = { codes: row.cellCodes, labels: row.cellLabels, n: row.n, counts: row.counts ?? [] };
          const answer = row.chosen ?? (row.suppressed ? null : mostChosen(tally));
          allRows.push({ actor, themeId: theme.id, row, answer });
          // behindItem reads only the reference date of its context.
          const item = behindItem(ctx as never, theme, actor, tableQs[i]!, table, row);
          if (item) behind.push(item);
        });
      }
      for (const q of questions.filter(isInformative)) informative.push(informativeOf(ctx, actor, q));
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
    respondents: survey.actors.map((a) => ({ actor: a.id, label: a.labelPlural, n: ctx.respondents.get(a.id)?.size ?? 0 })),
    themes,
    behindSchedule: behind,
    // Last: marks rows whose agreement another actor answered differently.
    agreements: sharedAgreements(survey, allRows),
  };
}
