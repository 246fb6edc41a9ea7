/**
 * The organisation import: read and check a file against the organisations as they are now
 * (preview), keep it until confirmed, then write it in one transaction.
 */
import {
  allOrganisations, applyOrganisationImport, provinces, regions, type ImportedOrganisation,
} from '../../db/repos/organisationAdmin.ts';
import { allActors, allRegionKinds } from '../../survey/actors.ts';
import { isoNow, type Services } from '../../context.ts';
import { dropPending, findPending, keepPending, newToken } from '../upload/pending.ts';
import { previewContactImport, type ContactImportPreview } from './contactImport.ts';
import { isContactsHeader } from './contactHeader.ts';
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
async function checkImportTable(s: Services, fileName: string, rows: TableRow[]): Promise<Omit<ImportPreview, 'token'>> {
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

/** An upload is an organisation file or a contacts file (issue 16, point 1); its header tells which. */
export type UploadPreview = { kind: 'organisations'; preview: ImportPreview } | { kind: 'contacts'; preview: ContactImportPreview };

/** Reads an uploaded file once and checks it as what its header says it is; writes nothing. */
export async function previewUpload(s: Services, userId: number, fileName: string, buffer: Buffer): Promise<UploadPreview> {
  const file = await readTableFile(fileName, buffer);
  if (!file.ok) {
    const counts = { nieuw: 0, gewijzigd: 0, ongewijzigd: 0, fout: 0 };
    const refused = { fileName, fileErrors: [file.error], rows: [], toWrite: [], ok: false, counts, status: file.status };
    return { kind: 'organisations', preview: { ...refused, token: null } };
  }
  if (isContactsHeader(Array.from(file.rows[0]?.cells ?? [], (h) => h ?? ''))) {
    return { kind: 'contacts', preview: await previewContactImport(s, userId, fileName, file.rows) };
  }
  return { kind: 'organisations', preview: await keepForConfirmation(s, userId, await checkImportTable(s, fileName, file.rows)) };
}

/** Reads and checks an uploaded file; when it is right, keeps what would be written until confirmed. */
export async function previewImport(s: Services, userId: number, fileName: string, buffer: Buffer): Promise<ImportPreview> {
  return keepForConfirmation(s, userId, await checkImportFile(s, fileName, buffer));
}

async function keepForConfirmation(s: Services, userId: number, check: Omit<ImportPreview, 'token'>): Promise<ImportPreview> {
  let token: string | null = null;
  // Kept server-side like every pending upload (server/services/upload/pending.ts), for an hour.
  if (check.ok && check.toWrite.length) {
    token = newToken();
    if (!(await keepPending(s, userId, 'organisations', token, check.toWrite))) token = null;
  }
  return { ...check, token };
}

/** Writes a confirmed preview, all rows at once; null when the preview is unknown or too old. */
export async function confirmImport(s: Services, userId: number, token: string): Promise<{ added: number; updated: number } | null> {
  const rows = await findPending<ImportedOrganisation[]>(s, userId, 'organisations', token);
  if (!rows) return null;
  const result = await writeImport(s, rows);
  await dropPending(s, token);
  return result;
}

/** Writes checked rows in one transaction; counts what was added and what updated. */
export async function writeImport(s: Services, rows: ImportedOrganisation[]): Promise<{ added: number; updated: number }> {
  const existing = new Set((await allOrganisations(s.db)).map((o) => o.code));
  await applyOrganisationImport(s.db, rows, isoNow(s));
  const added = rows.filter((r) => !existing.has(r.code)).length;
  return { added, updated: rows.length - added };
}
