/**
 * The organisation import: read and check a file against the organisations as they are now
 * (preview: organisationCheck.ts), keep it until confirmed, then write it in one transaction
 * (organisationConfirm.ts). An upload may also be a contacts file; this entry decides.
 */
import type { Services } from '../../context.ts';
import { previewContactImport, type ContactImportPreview } from './contactImport.ts';
import { isContactsFile } from './contactHeader.ts';
import { readTableFile } from './file.ts';
import { checkImportTable, type ImportPreview } from './organisationCheck.ts';
import { keepForConfirmation } from './organisationConfirm.ts';

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
  if (isContactsFile(file.rows)) {
    return { kind: 'contacts', preview: await previewContactImport(s, userId, fileName, file.rows) };
  }
  return { kind: 'organisations', preview: await keepForConfirmation(s, userId, await checkImportTable(s, fileName, file.rows)) };
}
