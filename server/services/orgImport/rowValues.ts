/** One data row of an organisation file: each value checked, and what it would set. */
import type { ImportedOrganisation } from '../../db/repos/organisationAdmin.ts';
import { messages } from '../../messages.ts';
import { isValidEmail } from '../coordination/emails.ts';
import { norm, type ColumnKey } from './header.ts';

type Place = { code: string; name: string };

/** What every row is read against (built once per file by checkImport). */
export interface RowContext {
  /** A cell by column key; undefined when the file has no such column. */
  get: (cells: string[], key: ColumnKey) => string | undefined;
  /** 'soort' cell text (normalised) → kind id. */
  kinds: Map<string, string>;
  actorKinds: string[];
  isRegion: (kind: string | undefined) => boolean;
  provinces: Place[];
  /** The regions known, plus those this same file adds. */
  regions: Place[];
  /** Code → the lines it is on. */
  codeLines: Map<string, number[]>;
}

export interface RowValues {
  code: string;
  name: string;
  kind: string | undefined;
  set: ImportedOrganisation['set'];
  errors: string[];
}

function findPlace(list: Place[], value: string) {
  const v = norm(value);
  return list.find((p) => norm(p.code) === v || norm(p.name) === v);
}

export function readRow(line: number, cells: string[], c: RowContext): RowValues {
  const texts = messages.orgImport;
  const errors: string[] = [];
  const code = (c.get(cells, 'code') ?? '').toUpperCase();
  const name = c.get(cells, 'name') ?? '';
  const kindRaw = c.get(cells, 'actorKind') ?? '';
  const kind = c.kinds.get(norm(kindRaw));
  if (!code) errors.push(texts.missingCode);
  else if (!/^[A-Z0-9]{2,12}$/.test(code)) errors.push(texts.badCode(code));
  const others = (c.codeLines.get(code) ?? []).filter((l) => l !== line);
  if (code && others.length) errors.push(texts.duplicateCode(code, others));
  if (!name) errors.push(texts.missingName);
  else if (name.length > 200) errors.push(texts.longName);
  if (!kind) errors.push(texts.unknownKind(kindRaw, c.actorKinds));

  const set: ImportedOrganisation['set'] = { name, actor_kind: kind ?? '' };
  const inhabitantsRaw = c.get(cells, 'inhabitants');
  if (inhabitantsRaw !== undefined) {
    const digits = inhabitantsRaw.replace(/[.\s]/g, '');
    if (digits && !/^\d{1,9}$/.test(digits)) errors.push(texts.badInhabitants(inhabitantsRaw));
    else set.inhabitants = digits ? Number(digits) : null;
  }
  const provinceRaw = c.get(cells, 'province');
  if (provinceRaw !== undefined) {
    const p = provinceRaw ? findPlace(c.provinces, provinceRaw) : null;
    if (provinceRaw && !p) errors.push(texts.unknownProvince(provinceRaw));
    else Object.assign(set, { province_code: p?.code ?? null, province_name: p?.name ?? null });
  }
  const regionRaw = c.get(cells, 'region');
  if (regionRaw !== undefined || c.isRegion(kind)) {
    const r = regionRaw ? findPlace(c.regions, regionRaw) : null;
    if (regionRaw && !r) errors.push(texts.unknownRegion(regionRaw));
    else set.region_code = c.isRegion(kind) ? code : (r?.code ?? null);
  }
  const emailRaw = c.get(cells, 'email');
  if (emailRaw !== undefined) {
    const email = emailRaw.toLowerCase();
    if (email && !isValidEmail(email)) errors.push(texts.badEmail(emailRaw));
    else set.contact_email = email || null;
  }
  return { code, name, kind, set, errors };
}
