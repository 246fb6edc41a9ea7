/** What an uploaded file is, from its first bytes rather than its name or the browser's claim. */
export type FileKind = 'xlsx' | 'xls' | 'csv' | 'unknown';

export function sniffFile(buf: Buffer): FileKind {
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) return 'xlsx';
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'xls';
  if (buf.length > 0 && !buf.subarray(0, 8192).includes(0)) return 'csv';
  return 'unknown';
}
