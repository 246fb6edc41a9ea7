import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Db } from '../db/database.ts';
import { insertMissingOrganisations, replaceSurveyActorKinds } from '../db/repos/organisations.ts';
import type { NewOrganisation } from '../db/schema.ts';
import { memberKinds } from '../survey/actors.ts';
import type { ActorDef, Survey } from '../survey/schema.ts';
import { referenceFields } from '../survey/actorSchema.ts';

// Which files list which organisations is the definitions' business (`actors[].organisations`);
// the sources of the files are cited beside them (SOURCES.md here and in surveys/).
type Field = (typeof referenceFields)[number];
type Row = Partial<Record<Field, string>>;

const cache = new Map<string, Record<string, string>[]>();
const readCsv = (file: string): Record<string, string>[] => {
  let rows = cache.get(file);
  if (!rows) cache.set(file, (rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true })));
  return rows;
};

/** The rows of one actor kind, with the definition's column names mapped to ours. */
function rowsOf(actor: ActorDef): Row[] {
  const ref = actor.organisations!;
  const rows = readCsv(ref.file).map(
    (r) => Object.fromEntries(referenceFields.map((f) => [f, r[ref.columns[f] ?? f] || undefined])) as Row,
  );
  return rows.filter((r) => r.actor_kind === undefined || r.actor_kind === actor.id);
}

/** A region kind gets the province where most inhabitants of its members live (a few regions cross a border). */
function provincesByInhabitants(members: Row[]): Map<string, { code: string; name: string }> {
  const sums = new Map<string, number>();
  for (const m of members) {
    if (!m.region_code || !m.province_code) continue;
    const key = `${m.region_code}|${m.province_code}|${m.province_name ?? ''}`;
    sums.set(key, (sums.get(key) ?? 0) + Number(m.inhabitants ?? 0));
  }
  const best = new Map<string, { code: string; name: string; inhabitants: number }>();
  for (const [key, inhabitants] of sums) {
    const [region, code, name] = key.split('|') as [string, string, string];
    const b = best.get(region);
    if (!b || inhabitants > b.inhabitants) best.set(region, { code, name, inhabitants });
  }
  return best;
}

function surveyOrganisations(survey: Survey, now: string): NewOrganisation[] {
  const listed = survey.actors.filter((a) => a.organisations);
  const rows = new Map(listed.map((a) => [a.id, rowsOf(a)]));
  return listed.flatMap((actor) => {
    const members = memberKinds(survey, actor.id).flatMap((k) => rows.get(k) ?? []);
    const isRegion = members.length > 0;
    const provinces = isRegion ? provincesByInhabitants(members) : new Map<string, { code: string; name: string }>();
    return rows.get(actor.id)!.map((r) => ({
      code: r.code!,
      name: r.name!,
      actor_kind: actor.id,
      province_code: r.province_code ?? provinces.get(r.code!)?.code ?? null,
      province_name: r.province_name ?? provinces.get(r.code!)?.name ?? null,
      region_code: r.region_code ?? (isRegion ? r.code! : null),
      inhabitants: r.inhabitants === undefined ? null : Number(r.inhabitants),
      contact_email: null,
      created_at: now,
      updated_at: now,
    }));
  });
}

/** Every survey's organisations, each code once (surveys sharing a kind share its organisations). */
export function referenceOrganisations(surveys: Iterable<Survey>, now: string): NewOrganisation[] {
  const byCode = new Map<string, NewOrganisation>();
  for (const survey of surveys) {
    for (const o of surveyOrganisations(survey, now)) if (!byCode.has(o.code)) byCode.set(o.code, o);
  }
  return [...byCode.values()];
}

/** Start-up: the organisations of every survey, and which kinds answer which survey. */
export async function loadReferenceData(db: Db, now: string, surveys: Iterable<Survey>): Promise<number> {
  const list = [...surveys];
  const rows = referenceOrganisations(list, now);
  await insertMissingOrganisations(db, rows);
  await replaceSurveyActorKinds(
    db,
    list.map((s) => ({ id: s.id, kinds: s.actors })),
  );
  return rows.length;
}
