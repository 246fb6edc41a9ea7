/**
 * Checks an organisation file row by row (pure): which organisations are new, which change and how,
 * and a Dutch message for every problem. Nothing is written here.
 */
import type { ImportedOrganisation, OrganisationChanges } from '../../db/repos/organisationAdmin.ts';
import type { Organisation } from '../../db/schema.ts';
import type { ActorDef } from '../../survey/actorSchema.ts';
import { isValidEmail } from './emails.ts';
import type { TableRow } from './tableFile.ts';

export type ColumnKey = 'code' | 'name' | 'actorKind' | 'inhabitants' | 'province' | 'region' | 'email';

export const columnLabels: Record<ColumnKey, string> = {
  code: 'code', name: 'naam', actorKind: 'soort', inhabitants: 'inwoners', province: 'provincie', region: 'regio', email: 'e-mail',
};

const aliases: Record<ColumnKey, string[]> = {
  code: ['code', 'cbscode', 'organisatiecode'],
  name: ['naam', 'name', 'organisatie', 'organisatienaam'],
  actorKind: ['soort', 'actorsoort', 'actor', 'actorkind', 'soortorganisatie', 'type'],
  inhabitants: ['inwoners', 'aantalinwoners', 'inhabitants'],
  province: ['provincie', 'province', 'provinciecode'],
  region: ['regio', 'jeugdregio', 'jeugdhulpregio', 'region', 'regiocode'],
  email: ['email', 'emailadres', 'contactemail', 'contactemailadres', 'contact'],
};

const norm = (h: string) => h.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** What a 'soort' cell may say for each kind: its id, label, plural label and declared aliases. */
function kindAliases(actors: ActorDef[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of actors) {
    for (const name of [a.id, a.label, a.labelPlural, ...(a.aliases ?? [])]) if (!out.has(norm(name))) out.set(norm(name), a.id);
  }
  return out;
}

export interface ImportContext {
  /** The actor kinds of every survey (see survey/actors.ts `allActors`). */
  actors: ActorDef[];
  /** Kinds others lie in (regio): an organisation of such a kind is its own region. */
  regionKinds: string[];
  provinces: { code: string; name: string }[];
  regions: { code: string; name: string }[];
  existing: Map<string, Organisation>;
}

export interface RowChange {
  field: string;
  old: string;
  new: string;
}

export interface CheckedRow {
  line: number;
  code: string;
  name: string;
  status: 'nieuw' | 'gewijzigd' | 'ongewijzigd' | 'fout';
  errors: string[];
  changes: RowChange[];
}

export interface ImportCheck {
  /** Problems with the file as a whole (columns): no row is looked at then. */
  fileErrors: string[];
  rows: CheckedRow[];
  toWrite: ImportedOrganisation[];
  ok: boolean;
}

export function mapHeader(header: string[]): { columns: (ColumnKey | null)[]; errors: string[] } {
  const errors: string[] = [];
  const columns = header.map((h) => (Object.keys(aliases) as ColumnKey[]).find((k) => aliases[k].includes(norm(h))) ?? null);
  const unknown = header.filter((h, i) => columns[i] === null && h.trim() !== '');
  const allowed = Object.values(columnLabels).join(', ');
  if (unknown.length) errors.push(`Onbekende ${unknown.length === 1 ? 'kolom' : 'kolommen'}: ${unknown.map((u) => `‘${u}’`).join(', ')}. Gebruik alleen de kolommen ${allowed}.`);
  for (const key of ['code', 'name', 'actorKind'] as ColumnKey[]) {
    if (!columns.includes(key)) errors.push(`De kolom ‘${columnLabels[key]}’ ontbreekt; die is verplicht.`);
  }
  const seen = new Set<ColumnKey>();
  for (const c of columns) {
    if (c && seen.has(c)) errors.push(`De kolom ‘${columnLabels[c]}’ staat twee keer in het bestand.`);
    if (c) seen.add(c);
  }
  return { columns, errors };
}

const show = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '(leeg)' : String(v));

function findPlace(list: { code: string; name: string }[], value: string) {
  const v = norm(value);
  return list.find((p) => norm(p.code) === v || norm(p.name) === v);
}

/** `table`: the rows that exist, the first being the header; cells may be sparse (see tableFile.ts). */
export function checkImport(table: TableRow[], ctx: ImportContext): ImportCheck {
  const [first, ...data] = table;
  if (!first) return { fileErrors: ['Het bestand is leeg.'], rows: [], toWrite: [], ok: false };
  // At most 16,384 columns (Excel's last is XFD), so a dense header is cheap; data rows stay sparse.
  const { columns, errors: fileErrors } = mapHeader(Array.from(first.cells, (h) => h ?? ''));
  if (fileErrors.length) return { fileErrors, rows: [], toWrite: [], ok: false };
  const lines = data.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (lines.length === 0) return { fileErrors: ['Het bestand bevat geen organisaties (alleen een kopregel).'], rows: [], toWrite: [], ok: false };

  const get = (cells: string[], key: ColumnKey): string | undefined => {
    const i = columns.indexOf(key);
    return i < 0 ? undefined : (cells[i] ?? '').trim();
  };
  const codeLines = new Map<string, number[]>();
  for (const { line, cells } of lines) {
    const code = (get(cells, 'code') ?? '').toUpperCase();
    if (code) codeLines.set(code, [...(codeLines.get(code) ?? []), line]);
  }
  const aliases = kindAliases(ctx.actors);
  const actorKinds = ctx.actors.map((a) => a.id);
  const isRegion = (kind: string | undefined) => kind !== undefined && ctx.regionKinds.includes(kind);
  // Regions added by this same file may be used by the gemeenten in it.
  const newRegions = lines
    .filter(({ cells }) => isRegion(aliases.get(norm(get(cells, 'actorKind') ?? ''))))
    .map(({ cells }) => ({ code: (get(cells, 'code') ?? '').toUpperCase(), name: get(cells, 'name') ?? '' }));
  const regionList = [...ctx.regions, ...newRegions.filter((r) => !ctx.regions.some((x) => x.code === r.code))];

  const rows: CheckedRow[] = [];
  const toWrite: ImportedOrganisation[] = [];
  for (const { line, cells } of lines) {
    const errors: string[] = [];
    const code = (get(cells, 'code') ?? '').toUpperCase();
    const name = get(cells, 'name') ?? '';
    const kindRaw = get(cells, 'actorKind') ?? '';
    const kind = aliases.get(norm(kindRaw));
    if (!code) errors.push('De code ontbreekt.');
    else if (!/^[A-Z0-9]{2,12}$/.test(code)) errors.push(`De code ‘${code}’ is ongeldig: gebruik 2 tot 12 letters en cijfers, zoals GM0363 of JZ13.`);
    const others = (codeLines.get(code) ?? []).filter((l) => l !== line);
    if (code && others.length) errors.push(`De code ${code} staat ook in ${others.length === 1 ? 'rij' : 'rijen'} ${others.join(', ')}; elke organisatie mag maar één keer voorkomen.`);
    if (!name) errors.push('De naam ontbreekt.');
    else if (name.length > 200) errors.push('De naam is langer dan 200 tekens.');
    if (!kind) errors.push(`Onbekende soort ‘${kindRaw}’. Kies uit: ${actorKinds.join(', ')}.`);

    const set: ImportedOrganisation['set'] = { name, actor_kind: kind ?? '' };
    const inhabitantsRaw = get(cells, 'inhabitants');
    if (inhabitantsRaw !== undefined) {
      const digits = inhabitantsRaw.replace(/[.\s]/g, '');
      if (digits && !/^\d{1,9}$/.test(digits)) errors.push(`Het aantal inwoners ‘${inhabitantsRaw}’ is geen heel getal.`);
      else set.inhabitants = digits ? Number(digits) : null;
    }
    const provinceRaw = get(cells, 'province');
    if (provinceRaw !== undefined) {
      const p = provinceRaw ? findPlace(ctx.provinces, provinceRaw) : null;
      if (provinceRaw && !p) errors.push(`Onbekende provincie ‘${provinceRaw}’. Gebruik de naam of de code (PV20 tot en met PV31).`);
      else Object.assign(set, { province_code: p?.code ?? null, province_name: p?.name ?? null });
    }
    const regionRaw = get(cells, 'region');
    if (regionRaw !== undefined || isRegion(kind)) {
      const r = regionRaw ? findPlace(regionList, regionRaw) : null;
      if (regionRaw && !r) errors.push(`Onbekende jeugdregio ‘${regionRaw}’. Gebruik de naam of de code (zoals JZ13).`);
      else set.region_code = isRegion(kind) ? code : (r?.code ?? null);
    }
    const emailRaw = get(cells, 'email');
    if (emailRaw !== undefined) {
      const email = emailRaw.toLowerCase();
      if (email && !isValidEmail(email)) errors.push(`‘${emailRaw}’ is geen geldig e-mailadres.`);
      else set.contact_email = email || null;
    }

    const existing = ctx.existing.get(code);
    const changes: RowChange[] = [];
    const labels: [keyof OrganisationChanges, string][] = [
      ['name', 'naam'], ['actor_kind', 'soort'], ['inhabitants', 'inwoners'], ['province_name', 'provincie'], ['region_code', 'regio'], ['contact_email', 'e-mail'],
    ];
    for (const [field, label] of labels) {
      if (!(field in set)) continue;
      const before = existing ? existing[field as keyof Organisation] : null;
      const after = set[field];
      if (!existing || show(before as string | number | null) !== show(after as string | number | null)) {
        if (existing || (after !== null && after !== '')) changes.push({ field: label, old: existing ? show(before as string | number | null) : '', new: show(after as string | number | null) });
      }
    }
    if (existing && existing.actor_kind !== kind && kind) {
      errors.push(`${code} is nu een organisatie van soort ${existing.actor_kind}; de soort kan niet via een import veranderen.`);
    }
    const status = errors.length ? 'fout' : !existing ? 'nieuw' : changes.length ? 'gewijzigd' : 'ongewijzigd';
    rows.push({ line, code, name, status, errors, changes });
    if (!errors.length && status !== 'ongewijzigd') toWrite.push({ code, set: existing ? set : { ...set, active: 1 } });
  }
  const ok = rows.every((r) => r.status !== 'fout');
  return { fileErrors: [], rows, toWrite: ok ? toWrite : [], ok };
}
