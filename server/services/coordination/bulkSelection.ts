/** Which organisations a bulk invitation reaches: the filters of the form, or those ticked in the workbench. */
import { activeRespondents } from '../../db/repos/accounts.ts';
import { organisationsWithUnusedInvitation } from '../../db/repos/unusedInvitations.ts';
import type { Services } from '../../context.ts';
import { organisationStatuses } from '../responseOverview.ts';

/** Bulk invitations (issue 16, point 2): which organisations (the plan decides per contact person). */
export interface BulkSelection {
  waveId: string;
  actorKind: string;
  province: string;
  region: string;
  /** '' for every state. */
  state: string;
  /** Only organisations where nobody can log in yet. */
  noAccount: boolean;
  /** Only organisations with an invitation nobody used. */
  unusedInvitation: boolean;
  /** Organisations chosen one by one (the workbench); empty: the filters alone decide. */
  codes: string[];
  /** Chosen in the workbench, where at least one organisation must be ticked. */
  fromWorkbench: boolean;
}

/** The organisations of the wave that the selection names. */
export async function selectedOrganisations(s: Services, waveId: string, sel: BulkSelection) {
  // An empty filter value ('' from an unchosen select) narrows nothing (db/repos/waveOrganisations.ts).
  let orgs = (await organisationStatuses(s, waveId, { actorKind: sel.actorKind, province: sel.province, region: sel.region }))
    .filter((o) => (!sel.state || o.state === sel.state) && (!sel.codes.length || sel.codes.includes(o.code)));
  if (sel.noAccount) {
    const withAccount = new Set((await activeRespondents(s.db, orgs.map((o) => o.code))).map((u) => u.organisation_code));
    orgs = orgs.filter((o) => !withAccount.has(o.code));
  }
  if (sel.unusedInvitation) {
    const unused = await organisationsWithUnusedInvitation(s.db);
    orgs = orgs.filter((o) => unused.has(o.code));
  }
  return orgs;
}
