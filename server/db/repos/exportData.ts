import type { AnswerValue } from '../../questions/index.ts';
import type { Db } from '../database.ts';
import { answersOfResponses } from './answers.ts';
import { inCodeOrder } from './codePages.ts';
import { organisationInWaveColumns, organisationsInWave, type OrganisationFilter, type OrganisationInWave } from './waveOrganisations.ts';

/** Export rows: active organisations only, so no `includeInactive`. */
export type ExportFilter = Omit<OrganisationFilter, 'includeInactive'>;

/** One organisation with its response in a wave: a row of 'Ruwe data'. */
export interface ExportOrganisation extends OrganisationInWave {
  response_id: number | null;
}

export interface ExportBatch {
  organisations: ExportOrganisation[];
  /** Answers by response id. */
  answers: Map<number, Record<string, AnswerValue>>;
}

const exportColumns = [...organisationInWaveColumns, 'r.id as response_id'] as const;

/**
 * Active organisations of a wave with their answers, a batch at a time in code order, so an
 * export holds one batch in memory however many organisations there are.
 */
export async function* exportBatches(db: Db, waveId: string, filter: ExportFilter = {}, size = 200): AsyncGenerator<ExportBatch> {
  const scope = (codes: string[]) => organisationsInWave(db, waveId, filter).where('o.code', 'in', codes).orderBy('o.code');
  const pages = inCodeOrder(db, size, async (codes) => (await scope(codes).select('o.code').execute()).map((r) => r.code),
    async (codes) => (await scope(codes).select(exportColumns).execute()) as ExportOrganisation[]);
  for await (const organisations of pages) {
    const ids = organisations.map((o) => o.response_id).filter((id): id is number => id !== null);
    yield { organisations, answers: await answersOfResponses(db, ids, true) };
  }
}

/** The organisations named in an import file (active or not), with their answers in the wave. */
export async function organisationsForImport(db: Db, waveId: string, codes: string[]): Promise<ExportBatch> {
  const organisations: ExportOrganisation[] = [];
  // Chunks keep the number of SQL parameters well below SQLite's limit.
  for (let i = 0; i < codes.length; i += 500) {
    const chunk = codes.slice(i, i + 500);
    const rows = await organisationsInWave(db, waveId, { includeInactive: true })
      .select(exportColumns)
      .where('o.code', 'in', chunk)
      .execute();
    organisations.push(...(rows as ExportOrganisation[]));
  }
  const ids = organisations.map((o) => o.response_id).filter((id): id is number => id !== null);
  return { organisations, answers: await answersOfResponses(db, ids) };
}
