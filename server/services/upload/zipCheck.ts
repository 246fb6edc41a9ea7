/**
 * Reads only the zip's central directory (yauzl, nothing is decompressed) and refuses a workbook
 * whose declared contents are too big, too many or too compressed. A zip can lie about sizes;
 * the cell budget and the worker's memory and time limits catch that later.
 */
import yauzl from 'yauzl';
import type { UploadLimits } from './limits.ts';

export type ZipCheck = { ok: true } | { ok: false; reason: 'broken' | 'too-big' };

export function checkZip(buf: Buffer, limits: UploadLimits): Promise<ZipCheck> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return resolve({ ok: false, reason: 'broken' });
      if (zip.entryCount > limits.maxEntries) {
        zip.close();
        return resolve({ ok: false, reason: 'too-big' });
      }
      let unpacked = 0;
      let packed = 0;
      const done = (r: ZipCheck) => { zip.close(); resolve(r); };
      zip.on('error', () => done({ ok: false, reason: 'broken' }));
      zip.on('entry', (e: yauzl.Entry) => {
        unpacked += e.uncompressedSize;
        packed += e.compressedSize;
        if (unpacked > limits.maxUnpackedBytes) return done({ ok: false, reason: 'too-big' });
        zip.readEntry();
      });
      zip.on('end', () => {
        const ratio = unpacked / Math.max(1, packed);
        done(unpacked > limits.ratioFromBytes && ratio > limits.maxRatio ? { ok: false, reason: 'too-big' } : { ok: true });
      });
      zip.readEntry();
    });
  });
}
