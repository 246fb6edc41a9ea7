/**
 * A strict RFC 4180 reader for the tests: records end in CRLF; a field holding CR, LF, a quote or
 * the delimiter must be quoted; a bare CR or LF outside quotes, or a quote inside an unquoted field,
 * is an error (where Excel and Python's csv would split or mangle the record). No leniency, no
 * auto-detection: what passes here reads the same in any conforming reader.
 */
export function parseRfc4180(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const fail = (why: string): never => { throw new Error(`Not RFC 4180 at record ${records.length + 1}, offset ${i}: ${why}`); };
  const endField = () => { record.push(field); field = ''; };
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== delimiter && !text.startsWith('\r\n', i)) fail('text after a closing quote');
    } else {
      while (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('quote inside an unquoted field');
        field += text[i++];
      }
      if (text[i] === '\n') fail('bare LF outside quotes');
      if (text[i] === '\r' && text[i + 1] !== '\n') fail('bare CR outside quotes');
    }
    endField();
    if (text[i] === delimiter) { i++; if (i >= text.length) endField(); continue; }
    if (text.startsWith('\r\n', i)) { i += 2; records.push(record); record = []; continue; }
  }
  if (record.length) records.push(record);
  return records;
}
