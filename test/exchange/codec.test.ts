import { describe, expect, it } from 'vitest';
import { decodeText, detectSeparator, readCsv } from '../../server/services/spreadsheet/csvRead.ts';
import { escapeCsvText, unescapeCsvText } from '../../server/services/spreadsheet/escape.ts';
import { cellAddress, columnLetter, describeProblem } from '../../server/services/spreadsheet/problems.ts';
import { sniffFile } from '../../server/services/upload/sniff.ts';
import { createTestContext } from '../support/context.ts';
import { exportBatchCodes } from '../support/inspectBatches.ts';
import { download, WAVE } from './support.ts';

describe('formula escaping in CSV', () => {
  it('prefixes texts that Excel would run, and restores every text exactly', () => {
    for (const t of ['=SUM(A1)', '+31', '-5 dagen', '@iemand', '\tinspringing', "'=al ge-escaped", "''=twee"]) {
      expect(escapeCsvText(t).startsWith("'")).toBe(true);
      expect(unescapeCsvText(escapeCsvText(t))).toBe(t);
    }
    for (const t of ['gewoon', "'apostrof vooraan", '12,5', '']) {
      expect(escapeCsvText(t)).toBe(t);
      expect(unescapeCsvText(t)).toBe(t);
    }
  });
});

describe('file checks', () => {
  it('recognises files by their first bytes', () => {
    expect(sniffFile(Buffer.from('PK\x03\x04rest'))).toBe('xlsx');
    expect(sniffFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('xls');
    expect(sniffFile(Buffer.from('a;b\r\n1;2'))).toBe('csv');
    expect(sniffFile(Buffer.from([1, 0, 2]))).toBe('unknown');
    expect(sniffFile(Buffer.alloc(0))).toBe('unknown');
  });

  it('reads CSV as UTF-8 or as Windows-1252, with either separator', () => {
    expect(decodeText(Buffer.from('\uFEFFnaam;plaats\r\nJoële;Ede', 'utf8'))).toContain('Joële');
    expect(decodeText(Buffer.from([0x4a, 0x6f, 0xeb, 0x6c, 0x65]))).toBe('Joële'); // 'Joële' as Dutch Excel saves it
    expect(detectSeparator('a;b;c\r\n1,5;2;3')).toBe(';');
    expect(detectSeparator('a,b,c\n1;2,3,4')).toBe(',');
    const read = readCsv('\uFEFFa;b\r\n"x;y";2\r\n');
    expect(read).toEqual({ ok: true, separator: ';', rows: [['a', 'b'], ['x;y', '2']] });
    const broken = readCsv('a;b\r\n"niet afgesloten;2\r\n');
    expect(broken.ok).toBe(false);
  });

  it('locates problems as Excel shows them', () => {
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(26)).toBe('Z');
    expect(columnLetter(27)).toBe('AA');
    expect(columnLetter(140)).toBe('EJ');
    expect(cellAddress(4, 7)).toBe('D7');
    expect(describeProblem({ sheet: 'Ruwe data', row: 3, cell: 'C3', message: 'Fout.' })).toBe('Tabblad ‘Ruwe data’, cel C3: Fout.');
    expect(describeProblem({ row: 3, message: 'Fout.' })).toBe('Rij 3: Fout.');
    expect(describeProblem({ message: 'Fout.' })).toBe('Fout.');
  });
});

describe('streaming', () => {
  it('reads organisations a batch at a time, each once', async () => {
    const ctx = await createTestContext();
    try {
      const batches = await exportBatchCodes(ctx.services, WAVE, 100);
      expect(batches.map((b) => b.length)).toEqual([100, 100, 100, 89]);
      expect(new Set(batches.flat()).size).toBe(389);
      await ctx.addUser('analist@example.nl', 'analyst');
      const { agent } = await ctx.login('analist@example.nl');
      const { res } = await download(agent, `/analyse/${WAVE}/werkboek.xlsx`);
      // Sent while it is written: no length known in advance.
      expect(res.headers['content-length']).toBeUndefined();
      expect(res.headers['transfer-encoding']).toBe('chunked');
    } finally {
      await ctx.close();
    }
  });
});
