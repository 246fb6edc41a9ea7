// Small in-memory fixtures for the pure monitor modules.
import type { AnswerValue } from '../../server/questions/index.ts';
import type { OrgInfo } from '../../server/domain/monitor/segments.ts';
import { waveDataIndexer, type WaveData } from '../../server/domain/monitor/waveData.ts';
import { SURVEY } from '../support/wave.ts';

export const survey = SURVEY;
export const question = (id: string) => survey.questions.find((q) => q.id === id)!;

export function org(code: string, actorKind: string, extra: Partial<OrgInfo> = {}): OrgInfo {
  return { code, name: `Organisatie ${code}`, actorKind, provinceCode: null, regionCode: null, inhabitants: null, submitted: true, ...extra };
}

/** WaveData from organisations and their answers (values as stored: codes, arrays, numbers, text). */
export function waveData(entries: [OrgInfo, Record<string, AnswerValue>][]): WaveData {
  const indexer = waveDataIndexer(entries.map(([o]) => o));
  indexer.add(
    entries.flatMap(([o, answers]) => Object.entries(answers).map(([field, value]) => ({ org: o.code, field, value: JSON.stringify(value) }))),
  );
  return indexer.data;
}
