/**
 * The monitor's figures as pages, the JSON API and the Excel workbook read them.
 * Keep this shape stable: the analyst workbook (one sheet per theme) is built from it.
 * One file per concern under types/; this index keeps `monitor/types.ts` the one import path.
 */
export { MIN_GROUP_SIZE } from './types/segments.ts';
export type { SegmentFilter } from './types/segments.ts';
export type { Chosen, TableRow, ActorTable } from './types/tables.ts';
export type { InformativeStat, InformativeOption } from './types/informative.ts';
export type { ThemeTables, BehindScheduleItem, SharedAgreement, WaveTables } from './types/wave.ts';
export type { Transitions, TrendRow, TrendSide, WentBack } from './types/trend.ts';
