// Reading a survey link's mergers CSV (CBS 'gemeentelijke herindelingen'): which gemeente merged into which.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

/** One row of a mergers file (CBS 'gemeentelijke herindelingen'). */
const mergerRow = z.object({
  code: z.string().regex(/^[A-Z]{2}\d{4}$/, 'code als GM0000'),
  name: z.string().min(1),
  successor_code: z.string().regex(/^[A-Z]{2}\d{4}$/, 'successor_code als GM0000'),
  successor_name: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD'),
});

/** Reads a mergers CSV; its faults as 'line N: …' texts (empty when it is right). */
export function readMergers(file: string): { mergers: Map<string, string>; problems: string[] } {
  const mergers = new Map<string, string>();
  if (!existsSync(file)) return { mergers, problems: [`bestand ${file} bestaat niet`] };
  const rows: Record<string, string>[] = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
  const problems: string[] = [];
  rows.forEach((r, i) => {
    const parsed = mergerRow.safeParse(r);
    if (!parsed.success) problems.push(`regel ${i + 2}: ${parsed.error.issues.map((x) => x.message).join(', ')}`);
    else if (mergers.has(parsed.data.code)) problems.push(`regel ${i + 2}: ${parsed.data.code} staat er twee keer in`);
    else mergers.set(parsed.data.code, parsed.data.successor_code);
  });
  return { mergers, problems };
}
