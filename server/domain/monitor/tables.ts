import type { AnswerValue } from '../../questions/index.ts';
import { statusOptions } from '../../questions/status.ts';
import type { ActorDef, Question, Survey, Theme } from '../../survey/schema.ts';
import { mostChosen, suppressRow, tableRow } from './aggregate.ts';
import { sharedAgreements, type RowOfActor } from './agreements.ts';
import { informativeStat } from './informative.ts';
import { isDue, parsePlanning } from './planning.ts';
import { isSegmented, segmentAppliesTo } from './segments.ts';
import {
  MIN_GROUP_SIZE, type ActorTable, type BehindScheduleItem, type InformativeStat, type SegmentFilter, type ThemeTables, type WaveTables,
} from './types.ts';
import { answersOf, type WaveData } from './waveData.ts';

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

interface Ctx {
  survey: Survey;
  data: WaveData;
  filter: SegmentFilter;
  segmented: boolean;
  referenceDate: string;
  population: ReadonlyMap<string, number> | null;
  /** Per actor kind: organisations with at least one counted answer. */
  respondents: Map<string, Set<string>>;
}

const isTableRow = (q: Question) => q.kind === 'afspraak' || q.kind === 'beleving';
const isInformative = (q: Question) => q.kind === 'informatief' || q.kind === 'vervolg';

function seen(ctx: Ctx, actor: string): Set<string> {
  let set = ctx.respondents.get(actor);
  if (!set) ctx.respondents.set(actor, (set = new Set()));
  return set;
}

/** One actor's table of a theme; n = organisations that answered any of its questions. */
function actorTable(ctx: Ctx, actor: ActorDef, questions: Question[]): ActorTable {
  const answered = new Set<string>();
  let rows = questions.map((q) => {
    const answers = answersOf(ctx.survey, ctx.data, q.id, actor.id, ctx.filter);
    for (const code of answers.keys()) answered.add(code);
    return tableRow(q, [...answers.values()], { single: actor.single, segmented: ctx.segmented, referenceDate: ctx.referenceDate });
  });
  for (const code of answered) seen(ctx, actor.id).add(code);
  const suppressed = ctx.segmented && !actor.single && answered.size < MIN_GROUP_SIZE;
  if (suppressed) rows = rows.map(suppressRow);
  const segmentApplies = segmentAppliesTo(ctx.survey, actor.id);
  const organisations = ctx.segmented && segmentApplies && ctx.population ? (ctx.population.get(actor.id) ?? 0) : null;
  // Columns from the first question that is not yes/no (progress states or the five-point scale).
  const model = rows.find((r) => !r.isYesNo);
  return {
    actor: actor.id,
    kind: questions.every((q) => q.kind === 'beleving') ? 'beleving' : 'afspraak',
    label: actor.labelPlural,
    single: actor.single,
    n: answered.size,
    columns: model ? model.cellLabels : statusOptions.map((o) => o.label),
    columnCodes: model ? model.cellCodes : statusOptions.map((o) => o.code),
    hasYesNo: rows.some((r) => r.isYesNo),
    segmentApplies,
    suppressed,
    organisations,
    empty: organisations === 0,
    rows,
  };
}

function conditionHolds(q: Question, parentAnswer: AnswerValue | undefined): boolean {
  if (parentAnswer === undefined) return false;
  const chosen = Array.isArray(parentAnswer) ? parentAnswer : [String(parentAnswer)];
  return q.condition!.equals.some((c) => chosen.includes(c));
}

function informativeOf(ctx: Ctx, actor: ActorDef, q: Question): InformativeStat {
  const answers = answersOf(ctx.survey, ctx.data, q.id, actor.id, ctx.filter);
  const parentQ = q.condition ? ctx.survey.questions.find((c) => c.id === q.condition!.question) : undefined;
  const parent = parentQ ? answersOf(ctx.survey, ctx.data, parentQ.id, actor.id, ctx.filter) : null;
  // A follow-up counts only where its condition holds (the questionnaire clears it otherwise; this guards old data).
  if (parent) for (const code of answers.keys()) if (!conditionHolds(q, parent.get(code))) answers.delete(code);
  for (const code of answers.keys()) seen(ctx, actor.id).add(code);
  const stat = informativeStat(q, [...answers.values()], { survey: ctx.survey, actor, segmented: ctx.segmented, baseN: parent ? parent.size : null });
  return { ...stat, empty: ctx.segmented && ctx.population !== null && segmentAppliesTo(ctx.survey, actor.id) && (ctx.population.get(actor.id) ?? 0) === 0 };
}

/**
 * A row for the behind-schedule list: behind on a due planning, or due without any answer (an
 * empty selection, with no organisations at all, has nothing to list).
 */
function behindItem(ctx: Ctx, theme: Theme, actor: ActorDef, q: Question, table: ActorTable, row: ActorTable['rows'][number]): BehindScheduleItem | null {
  const plan = parsePlanning(q.planning);
  if (!plan) return null;
  const unanswered = row.n === 0 && !table.empty && isDue(plan, ctx.referenceDate);
  if (!row.behindSchedule && !unanswered) return null;
  return {
    questionId: q.id, actor: actor.id, actorLabel: actor.labelPlural, themeId: theme.id, themeTitle: theme.title,
    text: q.text, planning: q.planning!, dueDate: plan.due, expects: plan.expects,
    answer: row.chosen, n: row.n, behindPercent: row.behindPercent, unanswered,
  };
}

/** Every table of a wave from its indexed answers: pure, so pages, API, Excel and tests share it. */
export function buildTables(survey: Survey, data: WaveData, filter: SegmentFilter, meta: WaveMeta): WaveTables {
  const ctx: Ctx = {
    survey, data, filter, segmented: isSegmented(filter), referenceDate: meta.referenceDate, population: meta.population ?? null, respondents: new Map(),
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
          const answer = row.chosen ?? (row.suppressed ? null : mostChosen({ codes: row.cellCodes, labels: row.cellLabels, n: row.n, counts: row.counts ?? [] }));
          allRows.push({ actor, themeId: theme.id, row, answer });
          const item = behindItem(ctx, theme, actor, tableQs[i]!, table, row);
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
