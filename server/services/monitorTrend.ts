/**
 * The movement between a wave and the wave before it (issue 17): the page 'Ontwikkeling', its API,
 * the workbook sheet and the coordinators' list of answers that went back all read this.
 */
import type { Wave } from '../db/schema.ts';
import { buildTrend, ownPath, wentBack, type TrendRow, type WentBack } from '../domain/monitor/trend.ts';
import type { SegmentFilter, WaveTables } from '../domain/monitor/types.ts';
import { MIN_GROUP_SIZE } from '../domain/monitor/types.ts';
import type { Services } from '../context.ts';
import { trendInput } from './monitorTrendInput.ts';

export type { TrendRow, WentBack } from '../domain/monitor/trend.ts';

export interface WaveRef {
  id: string;
  title: string;
  year: number;
  referenceDate: string;
}

export interface WaveTrend {
  wave: WaveRef;
  previous: WaveRef;
  segmented: boolean;
  minGroupSize: number;
  rows: TrendRow[];
  /** Questions of the earlier wave no question continues: their history stays, without a trend. */
  retired: { id: string; text: string; actorKinds: string[] }[];
  /** Merged-away gemeente → successor, as the definition's mergers file says. */
  mergers: { from: string; to: string }[];
}

const ref = (w: Wave, year: number): WaveRef => ({ id: w.id, title: w.title, year, referenceDate: w.reference_date });

/** What one load of both waves gives: the movement, and the later wave's tables under the same filter. */
export interface BuiltTrend {
  trend: WaveTrend;
  /** The participant's own path (`organisationCode` given), else null. */
  own: ReturnType<typeof ownPath> | null;
  /** The answers that went back (`withWentBack`, for staff), else null. */
  wentBack: WentBack[] | null;
  tables: WaveTables;
}

/** The movement tables; null when the wave follows no previous wave. */
export async function buildWaveTrend(
  s: Services, waveId: string, filter: SegmentFilter, organisationCode: string | null = null, withWentBack = false,
): Promise<BuiltTrend | null> {
  const input = await trendInput(s, waveId, filter);
  if (!input) return null;
  const used = new Set(input.continues.values());
  return {
    trend: {
      wave: ref(input.wave, input.survey.year),
      previous: ref(input.previous, input.previousSurvey.year),
      segmented: input.tables.segmented,
      minGroupSize: MIN_GROUP_SIZE,
      rows: buildTrend(input),
      retired: input.previousSurvey.questions
        .filter((q) => q.role === 'agreement' && !used.has(q.id))
        .map((q) => ({ id: q.id, text: q.text, actorKinds: q.actorKinds })),
      mergers: [...input.mergers].map(([from, to]) => ({ from, to })),
    },
    own: organisationCode ? ownPath(input, organisationCode) : null,
    wentBack: withWentBack ? wentBack(input) : null,
    tables: input.tables,
  };
}

/** Answers that went back since the previous wave, per organisation (staff only; all organisations, no filter). */
export async function wentBackSince(s: Services, waveId: string): Promise<WentBack[] | null> {
  const input = await trendInput(s, waveId, {});
  return input ? wentBack(input) : null;
}
