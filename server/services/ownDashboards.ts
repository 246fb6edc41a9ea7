/**
 * A participant's own dashboards, to print (PDF through the browser) or download as Excel for its
 * council: what its organisation sees in the monitor after submitting. For a respondent the tables
 * of its own kind with its answer marked, and the overall picture of its kind; for staff every table.
 */
import { findOrganisation } from '../db/repos/organisations.ts';
import { overallPicture, type PartyPicture } from '../domain/monitor/picture.ts';
import type { ActorTable, SegmentFilter, WaveTables } from '../domain/monitor/types.ts';
import type { Services } from '../context.ts';
import { buildWaveTablesFor, type OwnAnswers } from './monitorTables.ts';

export interface OwnDashboards {
  tables: WaveTables;
  /** The participant's organisation; null for staff. */
  organisation: { code: string; name: string } | null;
  own: OwnAnswers | null;
  picture: PartyPicture[];
  /** Per theme the tables to show (own kind for a participant), themes without any left out. */
  themes: { id: string; number: string; title: string; tables: ActorTable[] }[];
}

export async function ownDashboards(
  s: Services, waveId: string, filter: SegmentFilter, organisationCode: string | null,
): Promise<OwnDashboards> {
  const { tables, own } = await buildWaveTablesFor(s, waveId, filter, organisationCode);
  const org = organisationCode ? await findOrganisation(s.db, organisationCode) : undefined;
  const kind = own?.actorKind ?? org?.actor_kind ?? null;
  const mine = (actor: string) => kind === null || actor === kind;
  const picture = overallPicture(s.surveys.get(tables.surveyId)!, tables).filter((p) => mine(p.actor));
  const themes = tables.themes
    .map((t) => ({ id: t.id, number: t.number, title: t.title, tables: t.tables.filter((x) => mine(x.actor)) }))
    .filter((t) => t.tables.length > 0);
  return { tables, organisation: org ? { code: org.code, name: org.name } : null, own, picture, themes };
}
