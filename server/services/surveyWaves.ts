import { findOrganisation } from '../db/repos/organisations.ts';
import { listWaves } from '../db/repos/waves.ts';
import type { Wave } from '../db/schema.ts';
import { answersSurvey } from '../survey/actors.ts';
import type { Services } from './context.ts';

/**
 * The waves an organisation of this kind answers: those whose survey lists the kind. Several
 * surveys run side by side (the 2024 monitor, the 2018 transformation plans), each with its own
 * organisations, so a respondent sees only the waves meant for them.
 */
export async function wavesAnsweredBy(s: Services, actorKind: string): Promise<Wave[]> {
  return (await listWaves(s.db)).filter((w) => {
    const survey = s.surveys.get(w.survey_id);
    return survey !== undefined && answersSurvey(survey, actorKind);
  });
}

/** What a user is shown: a respondent the waves of their organisation's surveys, staff every wave. */
export async function wavesVisibleTo(s: Services, organisationCode: string | null): Promise<Wave[]> {
  if (!organisationCode) return listWaves(s.db);
  const organisation = await findOrganisation(s.db, organisationCode);
  return organisation ? wavesAnsweredBy(s, organisation.actor_kind) : [];
}
