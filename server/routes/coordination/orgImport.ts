import { Router, type Response } from 'express';
import { flash } from '../../http/setUpViews.ts';
import { messages } from '../../messages.ts';
import type { Services } from '../../context.ts';
import { columnLabels } from '../../services/orgImport/header.ts';
import { confirmContactImport } from '../../services/orgImport/contactImport.ts';
import { contactColumnLabels } from '../../services/orgImport/contactHeader.ts';
import { previewUpload } from '../../services/orgImport/index.ts';
import { confirmImport } from '../../services/orgImport/organisationConfirm.ts';
import { fileName, receiveFile } from '../receiveFile.ts';
import { redirectWithResult, resultFor } from '../uploadResult.ts';
import { body } from './common.ts';

/** Organisation import: upload, preview with a report per row, then confirm. Nothing is written before. */
export function orgImportRoutes(s: Services): Router {
  const r = Router();
  const renderForm = (res: Response, error: string | null, status = 200) =>
    res.status(status).render('coordination/import', {
      title: `${error ? 'Fout: ' : ''}Organisaties importeren`, error,
      columns: Object.values(columnLabels), contactColumns: Object.values(contactColumnLabels),
    });

  // What the upload gave (a refusal or a preview) is shown after a redirect, at the form's own address.
  type Shown = { error: string } | Awaited<ReturnType<typeof previewUpload>>;
  const show = (res: Response, status: number, shown: Shown) => {
    if ('error' in shown) return renderForm(res, shown.error, status);
    if (shown.kind === 'contacts') {
      const title = `${shown.preview.ok ? '' : 'Fout: '}Controleer de contactpersonen`;
      return res.status(status).render('coordination/contactsPreview', { title, preview: shown.preview });
    }
    res.status(status).render('coordination/importPreview', { title: 'Controleer de import', preview: shown.preview });
  };
  const FORM = '/beheer/organisaties/importeren';

  r.get(FORM, async (req, res) => {
    const shown = await resultFor<Shown>(s, req, FORM);
    if (shown) return show(res, shown.status, shown.values);
    renderForm(res, null);
  });

  r.post(FORM, receiveFile, async (req, res) => {
    const error =
      res.locals.uploadError === messages.upload.noFile ? messages.orgImport.noFile : (res.locals.uploadError as string | undefined);
    const after = (status: number, shown: Shown) =>
      redirectWithResult(s, req, res, FORM, { status, values: shown }, () => show(res, status, shown));
    if (error) return after(res.locals.uploadStatus as number, { error });
    const upload = await previewUpload(s, req.user!.id, fileName(req), req.file!.buffer);
    const status = upload.preview.ok ? 200 : upload.kind === 'contacts' ? 422 : (upload.preview.status ?? 422);
    await after(status, upload);
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
