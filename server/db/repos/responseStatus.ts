import type { Db } from '../database.ts';
import { inCodeOrder } from './codePages.ts';
import { organisationInWaveColumns, organisationsInWave, type OrganisationFilter, type OrganisationInWave } from './waveOrganisations.ts';

export type StatusFilter = Pick<OrganisationFilter, 'actorKind' | 'province' | 'region' | 'conditions' | 'includeInactive'>;

/** A row of the organisation list and the response figures. */
export interface OrganisationStatusRow extends OrganisationInWave {
  response_updated_at: string | null;
  last_login_at: string | null;
  active: number;
  contact_email: string | null;
}

/** Every active organisation (all with `includeInactive`) with its response (if any) in one wave. */
export function organisationStatusRows(db: Db, waveId: string, filter: StatusFilter = {}): Promise<OrganisationStatusRow[]> {
  return organisationsInWave(db, waveId, filter)
    .select((eb) => [
      ...organisationInWaveColumns,
      'o.active',
      'o.contact_email',
      'r.updated_at as response_updated_at',
      eb
        .selectFrom('users as u')
        .select((e) => e.fn.max('u.last_login_at').as('m'))
        .whereRef('u.organisation_code', '=', 'o.code')
        .as('last_login_at'),
    ])
    .orderBy('o.actor_kind')
    .orderBy('o.name')
    .execute() as Promise<OrganisationStatusRow[]>;
}

/**
 * The same organisations without contact and login columns, a batch at a time in code order, for
 * figures that only count: a large wave is never held at once (the analyst workbook, issue 18).
 */
export function organisationInWaveBatches(
  db: Db, waveId: string, filter: StatusFilter = {}, size = 1000,
): AsyncGenerator<OrganisationInWave[]> {
  const scope = (codes: string[]) => organisationsInWave(db, waveId, filter).where('o.code', 'in', codes).orderBy('o.code');
  return inCodeOrder(db, size, async (codes) => (await scope(codes).select('o.code').execute()).map((r) => r.code),
    (codes) => scope(codes).select(organisationInWaveColumns).execute());
}

/** An organisation's responses in every wave. */
export const responsesOfOrganisation = (db: Db, code: string) =>
  db
    .selectFrom('responses as r')
    .innerJoin('waves as w', 'w.id', 'r.wave_id')
    .select(['r.id', 'r.wave_id', 'w.title as wave_title', 'r.state', 'r.version', 'r.submitted_at', 'r.updated_at', 'r.offered_at'])
    .where('r.organisation_code', '=', code)
    .orderBy('w.opens_on', 'desc')
    .execute();

/** Submissions and reopenings of one response, with who did it. */
export const eventsOf = (db: Db, responseId: number) =>
  db
    .selectFrom('response_events as e')
    .leftJoin('users as u', 'u.id', 'e.user_id')
    .select(['e.id', 'e.event', 'e.at', 'u.email', 'e.remark'])
    .where('e.response_id', '=', responseId)
    .orderBy('e.id', 'desc')
    .execute();

/** The newest answer change of one response, with who made it (the start page's 'Laatst gewijzigd door'). */
export const lastAnswerChange = (db: Db, responseId: number) =>
  db
    .selectFrom('answer_history as h')
    .leftJoin('users as u', 'u.id', 'h.user_id')
    .select(['h.changed_at', 'h.channel', 'u.email', 'u.name'])
    .where('h.response_id', '=', responseId)
    .orderBy('h.id', 'desc')
    .limit(1)
    .executeTakeFirst();
