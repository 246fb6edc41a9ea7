import { Router, type Request, type Response } from 'express';
import multer from 'multer';
import { flash } from '../../http/setUpViews.ts';
import type { Services } from '../../context.ts';
import { columnLabels } from '../../services/orgImport/header.ts';
import { confirmImport, previewImport } from '../../services/orgImport/index.ts';
import { MAX_UPLOAD_BYTES } from '../../services/upload/limits.ts';
import { body } from './common.ts';

const uploader = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } }).single('bestand');

function upload(req: Request, res: Response): Promise<string | null> {
  return new Promise((resolve, reject) =>
    uploader(req, res, (err: unknown) => {
      if (!err) return resolve(null);
      if (err instanceof multer.MulterError) {
        return resolve(err.code === 'LIMIT_FILE_SIZE'
          ? 'Het bestand is groter dan 10 MB. Verdeel de organisaties over meer bestanden, of verwijder overbodige kolommen en werkbladen.'
          : 'Upload één bestand via het veld ‘Bestand’.');
      }
      reject(err);
    }),
  );
}

/** Organisation import: upload, preview with a report per row, then confirm. Nothing is written before. */
export function orgImportRoutes(s: Services): Router {
  const r = Router();
  const renderForm = (res: Response, error: string | null, status = 200) =>
    res.status(status).render('coordination/import', { title: 'Organisaties importeren', error, columns: Object.values(columnLabels) });

  r.get('/beheer/organisaties/importeren', (_req, res) => renderForm(res, null));

  r.post('/beheer/organisaties/importeren', async (req, res) => {
    const problem = await upload(req, res);
    if (problem) return renderForm(res, problem, problem.includes('10 MB') ? 413 : 422);
    if (!req.file || req.file.size === 0) return renderForm(res, 'Kies een CSV- of Excel-bestand met organisaties.', 422);
    const preview = await previewImport(s, req.user!.id, req.file.originalname, req.file.buffer);
    res.status(preview.ok ? 200 : preview.status ?? 422).render('coordination/importPreview', { title: 'Controleer de import', preview });
  });

  r.post('/beheer/organisaties/importeren/bevestigen', async (req, res) => {
    const result = await confirmImport(s, req.user!.id, body(req, 'token'));
    if (!result) {
      flash(req, 'error', 'Deze import is verlopen of al uitgevoerd. Upload het bestand opnieuw.');
      return res.redirect(303, '/beheer/organisaties/importeren');
    }
    flash(req, 'success', `Import voltooid: ${result.added} organisaties toegevoegd, ${result.updated} bijgewerkt.`);
    res.redirect(303, '/beheer/organisaties');
  });

  return r;
}
