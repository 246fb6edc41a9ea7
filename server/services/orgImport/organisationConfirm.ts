/** Keeping a checked organisation file until it is confirmed, then writing it in one transaction. */
import { allOrganisations, applyOrganisationImport, type ImportedOrganisation } from '../../db/repos/organisationAdmin.ts';
import { isoNow, type Services } from '../../context.ts';
import { keepChecked, writeKept } from './kept.ts';
import type { ImportPreview } from './organisationCheck.ts';

/** Keeps a right file's rows server-side until confirmed; the token says which. */
export async function keepForConfirmation(s: Services, userId: number, check: Omit<ImportPreview, 'token'>): Promise<ImportPreview> {
  return { ...check, token: await keepChecked(s, userId, 'organisations', check) };
}

/** Writes a confirmed preview, all rows at once; null when the preview is unknown or too old. */
export async function confirmImport(s: Services, userId: number, token: string): Promise<{ added: number; updated: number } | null> {
  return writeKept(s, userId, 'organisations', token, writeImport);
}

/** Writes checked rows in one transaction; counts what was added and what updated. */
export async function writeImport(s: Services, rows: ImportedOrganisation[]): Promise<{ added: number; updated: number }> {
  const existing = new Set((await allOrganisations(s.db)).map((o) => o.code));
  await applyOrganisationImport(s.db, rows, isoNow(s));
  const added = rows.filter((r) => !existing.has(r.code)).length;
  return { added, updated: rows.length - added };
}
