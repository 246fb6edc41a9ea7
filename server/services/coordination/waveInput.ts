/** The wave form's values and their check; the dates in it are read by typedDate.ts. */
import { messages } from '../../messages.ts';
import { parseDate } from './typedDate.ts';

/** Checks a wave form (pure): Dutch messages per field, every typed value kept for the page. */
export const waveStates = ['concept', 'open', 'gesloten'] as const;
export type WaveStateValue = (typeof waveStates)[number];

export const waveStateLabels: Record<WaveStateValue, string> = {
  concept: 'In voorbereiding (concept)',
  open: 'Open',
  gesloten: 'Gesloten',
};

export interface WaveFormValues {
  id: string;
  surveyId: string;
  title: string;
  opensOn: string;
  closesOn: string;
  referenceDate: string;
  state: string;
  /**
   * Respondents may compare themselves with another organisation by name (issue 14, point 6).
   * Undefined: the form did not show the choice, keep what the wave has.
   */
  namedComparison?: boolean;
  /**
   * Sign-off inside the organisation (issue 16, point 7), set by beheerders only: respondents offer the
   * response and a vaststeller approves it; with four eyes not the same person. Undefined: keep.
   */
  signOffRequired?: boolean;
  signOffFourEyes?: boolean;
  /** The wave before this one (issue 17), '' for none; undefined: the form did not show the choice. */
  previousWaveId?: string;
}

export interface WaveRules {
  creating: boolean;
  /** Beheerders set everything; coordinators open and close fieldwork and move its dates. */
  admin: boolean;
  surveyIds: string[];
  existingIds: string[];
  /** Waves this one may follow: of the same survey or of the survey its definition follows. */
  previousChoices?: string[];
}

export function validateWave(input: WaveFormValues, rules: WaveRules): { errors: Record<string, string>; values: WaveFormValues } {
  const errors: Record<string, string> = {};
  const values: WaveFormValues = { ...input };
  if (rules.creating) {
    if (!/^[a-z0-9][a-z0-9-]{1,59}$/.test(input.id))
      errors.id = 'Gebruik 2 tot 60 kleine letters, cijfers en streepjes, bijvoorbeeld hervormingsagenda-2025.';
    else if (rules.existingIds.includes(input.id)) errors.id = 'Er bestaat al een monitorronde met deze code. Kies een andere code.';
    if (!rules.surveyIds.includes(input.surveyId)) errors.surveyId = 'Kies de vragenlijst waarop de ronde gebaseerd is.';
  }
  if (rules.admin && !input.title.trim()) errors.title = 'Vul een naam voor de ronde in.';
  else if (input.title.length > 200) errors.title = 'Gebruik maximaal 200 tekens.';
  type DateField = 'opensOn' | 'closesOn' | 'referenceDate';
  const dates: [DateField, string][] = [
    ['opensOn', 'openingsdatum'],
    ['closesOn', 'sluitdatum'],
    ...(rules.admin ? ([['referenceDate', 'peildatum']] as [DateField, string][]) : []),
  ];
  for (const [field, label] of dates) {
    const parsed = parseDate(input[field]);
    if (parsed) values[field] = parsed;
    else errors[field] = `Vul de ${label} in als dag-maand-jaar, bijvoorbeeld 30-6-2024.`;
  }
  if (!errors.opensOn && !errors.closesOn && values.closesOn < values.opensOn) {
    errors.closesOn = 'De sluitdatum ligt voor de openingsdatum. Kies een sluitdatum op of na de openingsdatum.';
  }
  if (input.signOffFourEyes && !input.signOffRequired) errors.signOffFourEyes = messages.signOff.fourEyesWithoutSignOff;
  if (input.previousWaveId && rules.previousChoices && !rules.previousChoices.includes(input.previousWaveId)) {
    errors.previousWaveId = 'Kies een ronde van dezelfde vragenlijst of van de vragenlijst die deze opvolgt.';
  }
  const allowed: readonly string[] = rules.admin ? waveStates : ['open', 'gesloten'];
  if (!allowed.includes(input.state)) errors.state = rules.admin ? 'Kies de status van de ronde.' : 'Kies open of gesloten.';
  return { errors, values };
}
