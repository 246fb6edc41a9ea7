import { Router, type Response } from 'express';
import { flash } from '../../http/setUpViews.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { columnLabels } from '../../services/orgImport/header.ts';
import { confirmContactImport } from '../../services/orgImport/contactImport.ts';
import { contactColumnLabels } from '../../services/orgImport/contactHeader.ts';
import { confirmImport, previewUpload } from '../../services/orgImport/index.ts';
import { fileName, receiveFile } from '../receiveFile.ts';
import { body } from './common.ts';

/** Organisation import: upload, preview with a report per row, then confirm. Nothing is written before. */
export function orgImportRoutes(s: Services): Router {
  const r = Router();
  const renderForm = (res: Response, error: string | null, status = 200) =>
    res.status(status).render('coordination/import', {
      title: 'Organisaties importeren', error, columns: Object.values(columnLabels), contactColumns: Object.values(contactColumnLabels),
    });

  r.get('/beheer/organisaties/importeren', (_req, res) => renderForm(res, null));

  r.post('/beheer/organisaties/importeren', receiveFile, async (req, res) => {
    const error =
      res.locals.uploadError === messages.upload.noFile ? messages.orgImport.noFile : (res.locals.uploadError as string | undefined);
    if (error) return renderForm(res, error, res.locals.uploadStatus as number);
    const upload = await previewUpload(s, req.user!.id, fileName(req), req.file!.buffer);
    if (upload.kind === 'contacts') {
      const preview = upload.preview;
      const title = `${preview.ok ? '' : 'Fout: '}Controleer de contactpersonen`;
      return res.status(preview.ok ? 200 : 422).render('coordination/contactsPreview', { title, preview });
    }
    const preview = upload.preview;
    res.status(preview.ok ? 200 : (preview.status ?? 422)).render('coordination/importPreview', { title: 'Controleer de import', preview });
  });

  r.post('/beheer/organisaties/importeren/bevestigen', async (req, res) => {
    const token = body(req, 'token');
    const result = await confirmImport(s, req.user!.id, token);
    const contacts = result ? null : await confirmContactImport(s, req.user!.id, token);
    if (contacts) {
      flash(req, 'success', messages.contacts.importDone(contacts.added, contacts.updated));
      return res.redirect(303, '/beheer/organisaties');
    }
    if (!result) {
      flash(req, 'error', messages.orgImport.expired);
      return res.redirect(303, '/beheer/organisaties/importeren');
    }
    flash(req, 'success', messages.orgImport.done(result.added, result.updated));
    res.redirect(303, '/beheer/organisaties');
  });

  return r;
}
