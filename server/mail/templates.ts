/**
 * Dutch e-mail texts. Pure functions: values in, subject and text out. `site` is the platform's name
 * as the mail context carries it ('Afsprakenmonitor' and the configured SITE_TAGLINE), so no survey's
 * name is built into a text: the wave's own title comes in as a value where a mail is about a wave.
 */
import { formatDateNl, formatDateTimeNl } from '../presenters/format.ts';
import { signature } from './signature.ts';

// The reminder texts live in reminderTemplates.ts; re-exported because many callers import them from here.
export { defaultReminder, fillReminder, reminderPlaceholders, type ReminderVars } from './reminderTemplates.ts';

export function invitationMail(
  site: string, v: { organisationName: string | null; roleLabel: string; link: string; expiresAt: string },
) {
  const forWhom = v.organisationName
    ? `om namens ${v.organisationName} de vragenlijst in de ${site} in te vullen`
    : `voor de ${site}, met de rol ${v.roleLabel.toLowerCase()}`;
  return {
    subject: `Uitnodiging voor de ${site}`,
    text:
      `Beste collega,\n\nU bent uitgenodigd ${forWhom}.\n\n` +
      `Stel via deze link uw wachtwoord in:\n${v.link}\n\n` +
      `De link werkt één keer en is geldig tot ${formatDateTimeNl(v.expiresAt)}. ` +
      'Is de link verlopen of al gebruikt? Open hem toch: u kunt dan een nieuwe link aanvragen.' +
      signature(site),
  };
}

export function resetMail(site: string, v: { link: string; expiresAt: string }) {
  return {
    subject: 'Wachtwoord opnieuw instellen voor de Afsprakenmonitor',
    text:
      'Beste collega,\n\nU hebt gevraagd uw wachtwoord voor de Afsprakenmonitor opnieuw in te stellen.\n\n' +
      `Kies via deze link een nieuw wachtwoord:\n${v.link}\n\n` +
      `De link werkt één keer en is geldig tot ${formatDateTimeNl(v.expiresAt)}. ` +
      'Hebt u dit niet zelf gevraagd? Dan kunt u dit bericht negeren; uw wachtwoord blijft hetzelfde.' +
      signature(site),
  };
}

/** The receipt every account of an organisation gets when its questionnaire is submitted. */
export function receiptMail(site: string, v: {
  organisationName: string;
  waveTitle: string;
  submittedBy: string;
  submittedAt: string;
  printLink: string;
}) {
  return {
    subject: `Ontvangstbevestiging: vragenlijst ${v.waveTitle} ingediend`,
    text:
      `Beste collega,\n\nDe vragenlijst van ${v.organisationName} voor de ${v.waveTitle} is ingediend ` +
      `door ${v.submittedBy} op ${formatDateTimeNl(v.submittedAt)}.\n\n` +
      `Een afdrukbaar overzicht van alle antwoorden vindt u hier (na inloggen):\n${v.printLink}\n\n` +
      'U hoeft verder niets te doen. Wilt u nog iets wijzigen? ' +
      'Dan kan de vragenlijst worden heropend zolang het veldwerk loopt.' +
      signature(site),
  };
}

/** The notice to the other accounts when someone reopens a submitted questionnaire. */
export function reopenedMail(site: string, v: {
  organisationName: string;
  waveTitle: string;
  reopenedBy: string;
  reopenedAt: string;
  link: string;
  closesOn: string;
}) {
  return {
    subject: `Vragenlijst ${v.waveTitle} is heropend`,
    text:
      `Beste collega,\n\nDe vragenlijst van ${v.organisationName} voor de ${v.waveTitle} is heropend ` +
      `door ${v.reopenedBy} op ${formatDateTimeNl(v.reopenedAt)}. De antwoorden tellen pas weer mee in de monitor ` +
      `als de vragenlijst opnieuw is ingediend, uiterlijk ${formatDateNl(v.closesOn)}.\n\n` +
      `U vindt de vragenlijst hier (na inloggen):\n${v.link}` +
      signature(site),
  };
}
