import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import { checkUploadToken } from '../http/setUpCsrf.ts';
import { messages } from '../messages.ts';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from '../services/upload/limits.ts';

// The CSRF token is the form's first field: a file that comes without a valid one before it is refused
// before a byte of it is kept, and so is a form with no file (checked once its fields are read).
const parser = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 12 },
  fileFilter: (req, _file, accept) => {
    const refused = checkUploadToken(req);
    if (refused) accept(refused);
    else accept(null, true);
  },
}).single('bestand');

/**
 * The one upload middleware of the platform (offline workbook, bulk import, organisation import):
 * receives one file (field 'bestand') in memory. Upload errors (too large, no file) become a Dutch
 * message in res.locals.uploadError so the form can be shown again, instead of an error page.
 */
export function receiveFile(req: Request, res: Response, next: NextFunction): void {
  parser(req, res, (err: unknown) => {
    const refused = checkUploadToken(req);
    if (refused) return next(refused);
    if (err instanceof multer.MulterError) {
      res.locals.uploadError =
        err.code === 'LIMIT_FILE_SIZE'
          ? messages.upload.tooLarge(MAX_UPLOAD_MB)
          : err.code === 'LIMIT_FILE_COUNT' || err.code === 'LIMIT_UNEXPECTED_FILE'
            ? messages.upload.oneFile
            : messages.upload.notWorkbookOrCsv;
      res.locals.uploadStatus = err.code === 'LIMIT_FILE_SIZE' ? 413 : 422;
    } else if (err) return next(err);
    else if (!req.file || req.file.size === 0) {
      res.locals.uploadError = messages.upload.noFile;
      res.locals.uploadStatus = 422;
    }
    next();
  });
}

/** The uploaded file's name, safe to show. */
export const fileName = (req: Request): string => (req.file?.originalname ?? '').slice(0, 200);
