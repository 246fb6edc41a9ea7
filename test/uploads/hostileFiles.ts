/**
 * Hostile uploads, generated in the test and small on disk: what a respondent could send to make
 * the server unpack or loop over far more than the file's size suggests.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

/** A plain zip written with node's zlib (JSZip's JavaScript deflate takes seconds on tens of MB). */
function writeZip(parts: Map<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const packed = deflateRawSync(data, { level: 9 });
    const fileName = Buffer.from(name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(data), 14); head.writeUInt32LE(packed.length, 18); head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(fileName.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0); dir.writeUInt16LE(20, 4); dir.writeUInt16LE(20, 6); dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc32(data), 16); dir.writeUInt32LE(packed.length, 20); dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(fileName.length, 28); dir.writeUInt32LE(offset, 42);
    locals.push(head, fileName, packed);
    central.push(dir, fileName);
    offset += head.length + fileName.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.size, 8); end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(dirBytes.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

async function partsOf(workbook: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(workbook);
  const parts = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) parts.set(f.name, await f.async('nodebuffer'));
  return parts;
}

const sheetXml = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

/** Replaces one sheet of a real workbook (so it passes every check up to the cells). */
export async function withSheet(workbook: Buffer, part: string, xml: string): Promise<Buffer> {
  const parts = await partsOf(workbook);
  if (!parts.has(part)) throw new Error(`no ${part} in workbook`);
  parts.set(part, Buffer.from(xml));
  return writeZip(parts);
}

function columnName(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** The tiny-cell bomb: `rows` × `cols` empty `<c/>` cells (Excel numbers them itself); 10 million are 40 MB unpacked, a few dozen KB zipped. */
export function tinyCellSheet(rows: number, cols: number): string {
  return sheetXml(`<row>${'<c/>'.repeat(cols)}</row>`.repeat(rows));
}

/**
 * Many cells with differing numbers: compresses only about fivefold, so it passes the zip's ratio
 * check and has to be stopped by the cell budget while it is being parsed.
 */
export function numberSheet(rows: number, cols: number): string {
  const names = Array.from({ length: cols }, (_v, i) => columnName(i + 1));
  const out: string[] = [];
  let x = 12345;
  for (let r = 1; r <= rows; r++) {
    const cells = names.map((c) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return `<c r="${c}${r}"><v>${x % 1000}</v></c>`;
    });
    out.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  return sheetXml(out.join(''));
}

/** One value at a far-away address, e.g. ZZ20000 or XFD1, beside an ordinary first row. */
export function farCellSheet(firstRow: string[], address: string, value: string): string {
  const row = /\d+$/.exec(address)![0];
  const head = firstRow.map((v, i) => `<c r="${columnName(i + 1)}1" t="inlineStr"><is><t>${v}</t></is></c>`).join('');
  const far = `<c r="${address}" t="inlineStr"><is><t>${value}</t></is></c>`;
  return sheetXml(row === '1' ? `<row r="1">${head}${far}</row>` : `<row r="1">${head}</row><row r="${row}">${far}</row>`);
}

/** A zip whose one part is 60 MB of spaces: the central directory alone shows it. */
export async function highRatioZip(workbook: Buffer): Promise<Buffer> {
  const parts = await partsOf(workbook);
  parts.set('xl/media/padding.xml', Buffer.alloc(60 * 1024 * 1024, ' '));
  return writeZip(parts);
}

/** A CSV of nothing but separators: every one is a field the parser has to build. */
export const separatorCsv = (bytes: number): Buffer => Buffer.concat([Buffer.from('code;naam;soort\r\n'), Buffer.alloc(bytes, ';')]);
