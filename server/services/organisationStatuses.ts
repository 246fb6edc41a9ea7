import { organisationStatusRows, type StatusFilter } from '../db/repos/responseStatus.ts';
import type { OrganisationInWave } from '../db/repos/waveOrganisations.ts';
import { responseStateOf, type OrganisationStatus, type ResponseState } from '../domain/responseRates.ts';
import type { Services } from '../context.ts';

/** Every organisation of a wave with its response state and last activity (the overview, lists, reminders). */
export interface OrganisationStatusDetail extends OrganisationStatus {
  active: boolean;
  contactEmail: string | null;
  inhabitants: number | null;
}

/** The response state of an organisation's row in a wave. */
export const stateOfRow = (r: OrganisationInWave): ResponseState => responseStateOf(r.response_state === null ? null
  : { state: r.response_state, version: r.response_version ?? 0, offered_at: r.offered_at });

export async function organisationStatuses(
  s: Services, waveId: string, filter: StatusFilter = {},
): Promise<OrganisationStatusDetail[]> {
  const rows = await organisationStatusRows(s.db, waveId, filter);
  return rows.map((r) => {
    const state = stateOfRow(r);
    const activity = [r.response_updated_at, r.last_login_at].filter((x): x is string => Boolean(x)).sort();
    return {
      code: r.code, name: r.name, actorKind: r.actor_kind,
      provinceCode: r.province_code, provinceName: r.province_name,
      regionCode: r.region_code, regionName: r.region_name,
      state,
      submittedAt: state === 'ingediend' ? r.submitted_at : null,
      lastActivity: activity.at(-1) ?? null,
      active: r.active === 1, contactEmail: r.contact_email, inhabitants: r.inhabitants,
    };
  });
}
