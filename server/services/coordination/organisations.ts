import { organisationRoleOf } from '../../auth/roles.ts';
import { usersOfOrganisation, userCountsPerOrganisation } from '../../db/repos/accounts.ts';
import { contactsOfOrganisation } from '../../db/repos/contacts.ts';
import { extensionsOfOrganisation } from '../../db/repos/deadlineExtensions.ts';
import { latestInvitations } from '../../db/repos/invitations.ts';
import { countMailMessages, listMailMessages } from '../../db/repos/mail.ts';
import { provinces, regions } from '../../db/repos/organisationAdmin.ts';
import { findOrganisation } from '../../db/repos/organisations.ts';
import { responsesOfOrganisation } from '../../db/repos/responseStatus.ts';
import { formatDateTimeNl } from '../../presenters/format.ts';
import { responseStateOf, type ResponseState } from '../../domain/responseRates.ts';
import type { Services } from '../../context.ts';
import { organisationStatuses, type OrganisationStatusDetail } from '../responseOverview.ts';
import { accountState } from './accountState.ts';

export { editOrganisation, type OrganisationEdit } from './organisationEdit.ts';

export interface OrganisationFilter {
  q?: string;
  actorKind?: string;
  province?: string;
  region?: string;
  state?: string;
}

export interface OrganisationListRow extends OrganisationStatusDetail {
  users: number;
}

/** Organisations with their response state in a wave, searched by name or code. */
export async function listOrganisations(s: Services, waveId: string, f: OrganisationFilter): Promise<OrganisationListRow[]> {
  const rows = await organisationStatuses(s, waveId, {
    ...(f.actorKind ? { actorKind: f.actorKind } : {}), ...(f.province ? { province: f.province } : {}),
    ...(f.region ? { region: f.region } : {}), includeInactive: true,
  });
  const counts = await userCountsPerOrganisation(s.db);
  const q = (f.q ?? '').trim().toLowerCase();
  return rows
    .filter((o) => !q || o.name.toLowerCase().includes(q) || o.code.toLowerCase().includes(q))
    .filter((o) => !f.state || o.state === f.state)
    .map((o) => ({ ...o, users: counts.get(o.code) ?? 0 }));
}

export const filterChoices = async (s: Services) => ({ provinces: await provinces(s.db), regions: await regions(s.db) });

/** Everything the organisation page shows: details, accounts, responses and e-mail sent. */
export async function organisationDetail(s: Services, code: string) {
  const organisation = await findOrganisation(s.db, code);
  if (!organisation) return null;
  const users = await usersOfOrganisation(s.db, code);
  const invitations = await latestInvitations(s.db, users.map((u) => u.id));
  const responses = (await responsesOfOrganisation(s.db, code)).map((r) => ({
    ...r, responseState: responseStateOf(r) as ResponseState,
  }));
  const region = organisation.region_code && organisation.region_code !== code
    ? await findOrganisation(s.db, organisation.region_code)
    : undefined;
  return {
    organisation,
    regionName: region?.name ?? null,
    users: users.map((u) => ({
      ...u, account: accountState(u, invitations.get(u.id), s.now(), formatDateTimeNl), organisationRole: organisationRoleOf(u),
    })),
    responses,
    // The newest 20; the rest in the mail log, paged and filtered on this organisation (issue 16).
    mail: await listMailMessages(s.db, { organisationCode: code, limit: 20 }),
    mailCount: await countMailMessages(s.db, { organisationCode: code }),
    extensions: await extensionsOfOrganisation(s.db, code),
    contacts: await contactsOfOrganisation(s.db, code),
  };
}
