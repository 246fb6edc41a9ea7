import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

// Source: CBS Kerncijfers wijken en buurten 2024, 'mate van stedelijkheid'; see SOURCES.md §4.
const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'stedelijkheid-2024.csv');

let byClass: Map<string, string[]> | null = null;

/**
 * GM codes per CBS urbanisation class ('1' very strongly urban … '5' not urban). Static data
 * checked in with the code, read once on first use, so callers can treat it as a constant table.
 */
export function municipalitiesByUrbanisation(): ReadonlyMap<string, readonly string[]> {
  if (byClass) return byClass;
  const rows = parse(readFileSync(FILE, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const map = new Map<string, string[]>();
  for (const r of rows) {
    const cls = r.stedelijkheid!;
    if (!map.has(cls)) map.set(cls, []);
    map.get(cls)!.push(r.code!);
  }
  byClass = map;
  return map;
}
