import { insertExtension } from '../../db/repos/deadlineExtensions.ts';
import { findOrganisation } from '../../db/repos/organisations.ts';
import { findResponse } from '../../db/repos/responses.ts';
import { findWave } from '../../db/repos/waves.ts';
import { amsterdamDate } from '../../domain/fieldwork.ts';
import { formatDateNl } from '../../presenters/format.ts';
import { answersSurvey } from '../../survey/actors.ts';
import { isoNow, type Services } from '../../context.ts';
import { parseDate } from './typedDate.ts';

/**
 * Extra time for one organisation (issue 16, point 6): a later closing date with a reason. The
 * organisation may then edit and submit until that date while the wave is closed for the others;
 * the rule itself is in domain/fieldwork.ts (fieldworkState with the extension), applied where
 * every response is loaded (services/responseView.ts).
 */
export interface ExtensionInput {
  waveId: string;
  closesOn: string;
  reason: string;
}

export const emptyExtension = (waveId = ''): ExtensionInput => ({ waveId, closesOn: '', reason: '' });

/** Grants the extension, or says per field why not (nothing is stored then). */
export async function grantExtension(s: Services, code: string, input: ExtensionInput, by: number): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const organisation = await findOrganisation(s.db, code);
  const wave = await findWave(s.db, input.waveId);
  const survey = wave && s.surveys.get(wave.survey_id);
  if (!organisation || !wave || !survey || !answersSurvey(survey, organisation.actor_kind)) {
    errors.extraRonde = 'Kies een monitorronde uit de lijst.';
  } else if ((await findResponse(s.db, wave.id, code))?.state === 'ingediend') {
    errors.extraRonde = `${organisation.name} heeft de vragenlijst van deze ronde al ingediend. ` +
      'Extra tijd is dan niet nodig; de organisatie kan de vragenlijst heropenen zolang de ronde open is.';
  }
  const date = parseDate(input.closesOn.trim());
  if (!input.closesOn.trim()) errors.extraSluitdatum = 'Vul de nieuwe sluitdatum in, bijvoorbeeld 14-07-2024.';
  else if (!date) errors.extraSluitdatum = 'Vul een bestaande datum in als dag-maand-jaar, bijvoorbeeld 14-07-2024.';
  else if (date < amsterdamDate(s.now())) errors.extraSluitdatum = 'Deze datum ligt in het verleden. Kies vandaag of een latere dag.';
  else if (wave && date <= wave.closes_on)
    errors.extraSluitdatum = `Kies een datum na de sluitdatum van de ronde (${formatDateNl(wave.closes_on)}).`;
  const reason = input.reason.trim();
  if (!reason) errors.extraReden = 'Vul de reden in, bijvoorbeeld ‘gemeenteraad stelt de antwoorden pas op 10 juli vast’.';
  else if (reason.length > 500) errors.extraReden = 'Gebruik voor de reden maximaal 500 tekens.';
  if (Object.keys(errors).length) return errors;
  await insertExtension(s.db, {
    wave_id: wave!.id,
    organisation_code: code,
    closes_on: date!,
    reason,
    granted_by: by,
    granted_at: isoNow(s),
  });
  return errors;
}
