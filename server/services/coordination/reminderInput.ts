import { responseStates, type ResponseState } from '../../domain/responseRates.ts';

/** A reminder as the coordinator chose and typed it, and its checks. */
export interface ReminderInput {
  waveId: string;
  actorKinds: string[];
  province: string;
  region: string;
  states: string[];
  subject: string;
  text: string;
  /** Organisations chosen one by one in the workbench (issue 16); empty: the filters alone decide. */
  codes?: string[];
  /** Sent from the workbench, where at least one organisation must be chosen. */
  fromWorkbench?: boolean;
}

/** From the workbench at least one organisation must be chosen. */
export const selectionErrors = (input: ReminderInput): Record<string, string> =>
  input.fromWorkbench && !input.codes?.length
    ? { organisaties: 'Kies in de lijst ‘Nog niet ingediend’ minstens één organisatie.' }
    : {};

export function validateReminder(input: ReminderInput, actorKinds: string[]): Record<string, string> {
  const errors: Record<string, string> = selectionErrors(input);
  if (input.actorKinds.some((k) => !actorKinds.includes(k))) errors.soort = 'Kies alleen soorten organisaties uit de lijst.';
  if (input.states.length === 0) {
    errors.status = 'Kies minstens één stand van de vragenlijst, bijvoorbeeld ‘Niet gestart’.';
  } else if (input.states.some((st) => !responseStates.includes(st as ResponseState))) errors.status = 'Kies alleen standen uit de lijst.';
  if (!input.subject.trim()) errors.onderwerp = 'Vul het onderwerp van de e-mail in.';
  else if (input.subject.length > 200) errors.onderwerp = 'Gebruik voor het onderwerp maximaal 200 tekens.';
  if (!input.text.trim()) errors.tekst = 'Vul de tekst van de e-mail in.';
  else if (input.text.length > 5000) errors.tekst = 'Gebruik voor de tekst maximaal 5.000 tekens.';
  else if (!input.text.includes('{link}')) {
    errors.tekst = 'Neem {link} op in de tekst, zodat de ontvanger de vragenlijst direct kan openen.';
  }
  return errors;
}
