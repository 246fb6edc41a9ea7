/** Dutch e-mail texts. Pure functions: values in, subject and text out. */
import { formatDateNl, formatDateTimeNl } from '../presenters/format.ts';

const signature = '\n\nMet vriendelijke groet,\nDe coördinatie van de Afsprakenmonitor Hervormingsagenda Jeugd';

export function invitationMail(v: { organisationName: string | null; roleLabel: string; link: string; expiresAt: string }) {
  const forWhom = v.organisationName
    ? `om namens ${v.organisationName} de Monitor van de afspraken Hervormingsagenda Jeugd in te vullen`
    : `voor de Afsprakenmonitor Hervormingsagenda Jeugd, met de rol ${v.roleLabel.toLowerCase()}`;
  return {
    subject: 'Uitnodiging voor de Afsprakenmonitor Hervormingsagenda Jeugd',
    text:
      `Beste collega,\n\nU bent uitgenodigd ${forWhom}.\n\n` +
      `Stel via deze link uw wachtwoord in:\n${v.link}\n\n` +
      `De link werkt één keer en is geldig tot ${formatDateTimeNl(v.expiresAt)}. ` +
      'Is de link verlopen of al gebruikt? Open hem toch: u kunt dan een nieuwe link aanvragen.' +
      signature,
  };
}

export function resetMail(v: { link: string; expiresAt: string }) {
  return {
    subject: 'Wachtwoord opnieuw instellen voor de Afsprakenmonitor',
    text:
      'Beste collega,\n\nU hebt gevraagd uw wachtwoord voor de Afsprakenmonitor opnieuw in te stellen.\n\n' +
      `Kies via deze link een nieuw wachtwoord:\n${v.link}\n\n` +
      `De link werkt één keer en is geldig tot ${formatDateTimeNl(v.expiresAt)}. ` +
      'Hebt u dit niet zelf gevraagd? Dan kunt u dit bericht negeren; uw wachtwoord blijft hetzelfde.' +
      signature,
  };
}

export interface ReminderVars {
  organisatie: string;
  link: string;
  sluitdatum: string; // YYYY-MM-DD
  ronde: string;
}

export const reminderPlaceholders = ['{organisatie}', '{link}', '{sluitdatum}', '{ronde}'] as const;

export const defaultReminder = {
  subject: 'Herinnering: vragenlijst {ronde}',
  text:
    'Beste collega,\n\nDe vragenlijst van {organisatie} voor de {ronde} is nog niet ingediend. ' +
    'U kunt de vragenlijst tot en met {sluitdatum} invullen en indienen via:\n{link}\n\n' +
    'Alvast hartelijk dank voor uw medewerking.' + signature,
};

/** Fills the placeholders a coordinator may use in a reminder's subject and text. */
export function fillReminder(template: string, v: ReminderVars): string {
  return template
    .replaceAll('{organisatie}', v.organisatie)
    .replaceAll('{link}', v.link)
    .replaceAll('{sluitdatum}', formatDateNl(v.sluitdatum))
    .replaceAll('{ronde}', v.ronde);
}
