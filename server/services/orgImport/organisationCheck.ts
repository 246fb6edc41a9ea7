/** Checking an organisation file against the organisations as they are now; writes nothing. */
import { allOrganisations, provinces, regions } from '../../db/repos/organisationAdmin.ts';
import { allActors, allRegionKinds } from '../../survey/actors.ts';
import type { Services } from '../../context.ts';
import { readTableFile, type TableRow } from './file.ts';
import { checkImport, type ImportCheck } from './rows.ts';

export interface ImportPreview extends ImportCheck {
  fileName: string;
  /** Set only when the file is right: the key to confirm the import with. */
  token: string | null;
  counts: { nieuw: number; gewijzigd: number; ongewijzigd: number; fout: number };
  /** Set when the file was refused as a whole: 413 too big, 422 not readable, 503 busy. */
  status?: number;
}

/** Reads and checks a file against the organisations as they are now; writes nothing. */
export async function checkImportFile(s: Services, fileName: string, buffer: Buffer): Promise<Omit<ImportPreview, 'token'>> {
  const counts = { nieuw: 0, gewijzigd: 0, ongewijzigd: 0, fout: 0 };
  const file = await readTableFile(fileName, buffer);
  if (!file.ok) return { fileName, fileErrors: [file.error], rows: [], toWrite: [], ok: false, counts, status: file.status };
  return checkImportTable(s, fileName, file.rows);
}

/** Checks the rows of an organisation file (read by readTableFile). */
export async function checkImportTable(s: Services, fileName: string, rows: TableRow[]): Promise<Omit<ImportPreview, 'token'>> {
  const counts = { nieuw: 0, gewijzigd: 0, ongewijzigd: 0, fout: 0 };
  const existing = new Map((await allOrganisations(s.db)).map((o) => [o.code, o]));
  const surveys = [...s.surveys.values()];
  const check = checkImport(rows, {
    actors: allActors(surveys), regionKinds: allRegionKinds(surveys),
    provinces: await provinces(s.db), regions: await regions(s.db), existing,
  });
  for (const r of check.rows) counts[r.status]++;
  return { ...check, fileName, counts };
}
