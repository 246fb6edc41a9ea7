import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Db } from '../db/database.ts';
import { insertMissingOrganisations } from '../db/repos/organisations.ts';
import type { NewOrganisation } from '../db/schema.ts';

// Sources of these files: see SOURCES.md in this folder (CBS/PDOK 2024).
const DIR = path.dirname(fileURLToPath(import.meta.url));

const readCsv = (name: string): Record<string, string>[] =>
  parse(readFileSync(path.join(DIR, name), 'utf8'), { columns: true, skip_empty_lines: true, trim: true });

export function referenceOrganisations(now: string): NewOrganisation[] {
  const gemeenten = readCsv('gemeenten-2024.csv');
  const regions = readCsv('jeugdregios-2024.csv');
  const national = readCsv('national-organisations.csv');
  const base = { contact_email: null, created_at: now, updated_at: now };

  // A region gets the province where most of its inhabitants live (a few regions cross a border).
  const regionProvince = new Map<string, { code: string; name: string; inhabitants: number }>();
  const byRegionProvince = new Map<string, number>();
  for (const g of gemeenten) {
    const key = `${g.jeugdregio_code}|${g.province_code}|${g.province}`;
    byRegionProvince.set(key, (byRegionProvince.get(key) ?? 0) + Number(g.inhabitants));
  }
  for (const [key, inhabitants] of byRegionProvince) {
    const [region, code, name] = key.split('|') as [string, string, string];
    const best = regionProvince.get(region);
    if (!best || inhabitants > best.inhabitants) regionProvince.set(region, { code, name, inhabitants });
  }

  return [
    ...national.map((n) => ({
      ...base, code: n.code!, name: n.name!, actor_kind: n.actor_kind!,
      province_code: null, province_name: null, region_code: null, inhabitants: null,
    })),
    ...regions.map((r) => ({
      ...base, code: r.code!, name: r.name!, actor_kind: 'regio',
      province_code: regionProvince.get(r.code!)?.code ?? null,
      province_name: regionProvince.get(r.code!)?.name ?? null,
      region_code: r.code!, inhabitants: Number(r.inhabitants),
    })),
    ...gemeenten.map((g) => ({
      ...base, code: g.code!, name: g.name!, actor_kind: 'gemeente',
      province_code: g.province_code!, province_name: g.province!,
      region_code: g.jeugdregio_code!, inhabitants: Number(g.inhabitants),
    })),
  ];
}

export async function loadReferenceData(db: Db, now: string): Promise<number> {
  const rows = referenceOrganisations(now);
  await insertMissingOrganisations(db, rows);
  return rows.length;
}
