import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Quoted-printable as nodemailer writes it (soft line breaks and =XX bytes). */
function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  const text = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The text of a message in the outbox folder, or null when the file is not there (any more). */
export async function readOutboxText(outboxDir: string, file: string): Promise<string | null> {
  // Only a bare file name from our own log: never a path out of the folder.
  if (path.basename(file) !== file || !file.endsWith('.eml')) return null;
  let raw: string;
  try {
    raw = (await readFile(path.join(outboxDir, file))).toString('utf8');
  } catch {
    return null;
  }
  return emlText(raw);
}

/** The text body of a single-part message as nodemailer writes it. */
export function emlText(raw: string): string | null {
  const split = raw.search(/\r?\n\r?\n/);
  if (split < 0) return null;
  const headers = raw.slice(0, split);
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}
