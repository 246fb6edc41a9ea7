/** The columns of an organisation file: which header means what, and how a 'soort' cell names a kind. */
import { messages } from '../../messages.ts';
import type { ActorDef } from '../../survey/actorSchema.ts';

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

/** A header or name without accents, case, spaces and punctuation. */
export const norm = (h: string) => h.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** What a 'soort' cell may say for each kind: its id, label, plural label and declared aliases. */
export function kindAliases(actors: ActorDef[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of actors) {
    for (const name of [a.id, a.label, a.labelPlural, ...(a.aliases ?? [])]) if (!out.has(norm(name))) out.set(norm(name), a.id);
  }
  return out;
}

export function mapHeader(header: string[]): { columns: (ColumnKey | null)[]; errors: string[] } {
  const texts = messages.orgImport;
  const errors: string[] = [];
  const columns = header.map((h) => (Object.keys(aliases) as ColumnKey[]).find((k) => aliases[k].includes(norm(h))) ?? null);
  const unknown = header.filter((h, i) => columns[i] === null && h.trim() !== '');
  if (unknown.length) errors.push(texts.unknownColumns(unknown, Object.values(columnLabels).join(', ')));
  for (const key of ['code', 'name', 'actorKind'] as ColumnKey[]) {
    if (!columns.includes(key)) errors.push(texts.missingColumn(columnLabels[key]));
  }
  const seen = new Set<ColumnKey>();
  for (const c of columns) {
    if (c && seen.has(c)) errors.push(texts.duplicateColumn(columnLabels[c]));
    if (c) seen.add(c);
  }
  return { columns, errors };
}
