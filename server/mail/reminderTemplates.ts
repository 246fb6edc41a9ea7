// The reminder e-mail a coordinator starts from, and the placeholders filled per organisation.
import { formatDateNl } from '../presenters/format.ts';
import { signature } from './signature.ts';

export interface ReminderVars {
  organisatie: string;
  link: string;
  sluitdatum: string; // YYYY-MM-DD
  ronde: string;
}

export const reminderPlaceholders = ['{organisatie}', '{link}', '{sluitdatum}', '{ronde}'] as const;

/** The reminder text a coordinator starts from (placeholders filled per organisation by fillReminder). */
export const defaultReminder = (site: string) => ({
  subject: 'Herinnering: vragenlijst {ronde}',
  text:
    'Beste collega,\n\nDe vragenlijst van {organisatie} voor de {ronde} is nog niet ingediend. ' +
    'U kunt de vragenlijst tot en met {sluitdatum} invullen en indienen via:\n{link}\n\n' +
    'Alvast hartelijk dank voor uw medewerking.' +
    signature(site),
});

/** Fills the placeholders a coordinator may use in a reminder's subject and text. */
export function fillReminder(template: string, v: ReminderVars): string {
  return template
    .replaceAll('{organisatie}', v.organisatie)
    .replaceAll('{link}', v.link)
    .replaceAll('{sluitdatum}', formatDateNl(v.sluitdatum))
    .replaceAll('{ronde}', v.ronde);
}
