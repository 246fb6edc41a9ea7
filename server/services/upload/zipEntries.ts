/**
 * Random access to a workbook's parts through yauzl. exceljs's own streaming unzip reads parts in
 * file order and, for files that store the workbook part last (exceljs itself does), loses parts
 * after parking sheets in temporary files (exceljs 4.4 with unzipper 0.10 on Node 20). yauzl also
 * checks each part against the size in the central directory, so a zip cannot lie about its sizes.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipParts {
  names: string[];
  open(name: string): Promise<Readable | null>;
  close(): void;
}

export function openZip(buf: Buffer): Promise<ZipParts> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const entries = new Map<string, yauzl.Entry>();
      zip.on('error', reject);
      zip.on('entry', (e: yauzl.Entry) => { entries.set(e.fileName, e); zip.readEntry(); });
      zip.on('end', () => resolve({
        names: [...entries.keys()],
        open: (name) => new Promise((ok, fail) => {
          const entry = entries.get(name);
          if (!entry) return ok(null);
          zip.openReadStream(entry, (e, stream) => (e || !stream ? fail(e ?? new Error(name)) : ok(stream)));
        }),
        close: () => zip.close(),
      }));
      zip.readEntry();
    });
  });
}
