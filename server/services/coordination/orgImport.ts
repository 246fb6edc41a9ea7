import { randomBytes } from 'node:crypto';
import { deleteImportPreview, deleteImportPreviewsBefore, findImportPreview, saveImportPreview } from '../../db/repos/importPreviews.ts';
import { allOrganisations, applyOrganisationImport, provinces, regions, type ImportedOrganisation } from '../../db/repos/organisationAdmin.ts';
import { actorIds } from '../../survey/schema.ts';
import { isoNow, type Services } from '../context.ts';
import { checkImport, type ImportCheck } from './orgImportRows.ts';
import { readTableFile } from './tableFile.ts';

const PREVIEW_MINUTES = 60;

export interface ImportPreview extends ImportCheck {
  fileName: string;
  /** Set only when the file is right: the key to confirm the import with. */
  token: string | null;
  counts: { nieuw: number; gewijzigd: number; ongewijzigd: number; fout: number };
}

/** Reads and checks a file against the organisations as they are now; writes nothing. */
export async function checkImportFile(s: Services, fileName: string, buffer: Buffer): Promise<Omit<ImportPreview, 'token'>> {
  const counts = { nieuw: 0, gewijzigd: 0, ongewijzigd: 0, fout: 0 };
  const file = await readTableFile(fileName, buffer);
  if (!file.ok) return { fileName, fileErrors: [file.error], rows: [], toWrite: [], ok: false, counts };
  const existing = new Map((await allOrganisations(s.db)).map((o) => [o.code, o]));
  const check = checkImport(file.rows, {
    actorKinds: [...actorIds], provinces: await provinces(s.db), regions: await regions(s.db), existing,
  });
  for (const r of check.rows) counts[r.status]++;
  return { ...check, fileName, counts };
}

/** Reads and checks an uploaded file; when it is right, keeps what would be written until confirmed. */
export async function previewImport(s: Services, userId: number, fileName: string, buffer: Buffer): Promise<ImportPreview> {
  const check = await checkImportFile(s, fileName, buffer);
  let token: string | null = null;
  if (check.ok && check.toWrite.length) {
    token = randomBytes(24).toString('base64url');
    const now = s.now();
    await deleteImportPreviewsBefore(s.db, new Date(now.getTime() - PREVIEW_MINUTES * 60_000).toISOString());
    await saveImportPreview(s.db, { token, userId, fileName, payload: JSON.stringify(check.toWrite), now: now.toISOString() });
  }
  return { ...check, token };
}

/** Writes a confirmed preview, all rows at once; null when the preview is unknown or too old. */
export async function confirmImport(s: Services, userId: number, token: string): Promise<{ added: number; updated: number } | null> {
  const preview = await findImportPreview(s.db, token, userId);
  const cutoff = new Date(s.now().getTime() - PREVIEW_MINUTES * 60_000).toISOString();
  if (!preview || preview.created_at < cutoff) return null;
  const result = await writeImport(s, JSON.parse(preview.payload) as ImportedOrganisation[]);
  await deleteImportPreview(s.db, token);
  return result;
}

/** Writes checked rows in one transaction; counts what was added and what updated. */
export async function writeImport(s: Services, rows: ImportedOrganisation[]): Promise<{ added: number; updated: number }> {
  const existing = new Set((await allOrganisations(s.db)).map((o) => o.code));
  await applyOrganisationImport(s.db, rows, isoNow(s));
  const added = rows.filter((r) => !existing.has(r.code)).length;
  return { added, updated: rows.length - added };
}
