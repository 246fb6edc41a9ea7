/** What an imported row changes in an organisation, in the words of the preview. */
import type { ImportedOrganisation, OrganisationChanges } from '../../db/repos/organisationAdmin.ts';
import type { Organisation } from '../../db/schema.ts';

export interface RowChange {
  field: string;
  old: string;
  new: string;
}

const show = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '(leeg)' : String(v));

const changeLabels: [keyof OrganisationChanges, string][] = [
  ['name', 'naam'], ['actor_kind', 'soort'], ['inhabitants', 'inwoners'], ['province_name', 'provincie'],
  ['region_code', 'regio'], ['contact_email', 'e-mail'],
];

/** What the row changes in an existing organisation, or sets in a new one (`existing` undefined). */
export function rowChanges(existing: Organisation | undefined, set: ImportedOrganisation['set']): RowChange[] {
  const changes: RowChange[] = [];
  for (const [field, label] of changeLabels) {
    if (!(field in set)) continue;
    const before = (existing ? existing[field as keyof Organisation] : null) as string | number | null;
    const after = set[field] as string | number | null;
    if (!existing || show(before) !== show(after)) {
      if (existing || (after !== null && after !== '')) changes.push({ field: label, old: existing ? show(before) : '', new: show(after) });
    }
  }
  return changes;
}
