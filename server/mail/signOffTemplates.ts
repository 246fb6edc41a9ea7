/** Dutch e-mail texts of sign-off inside the organisation (issue 16, point 7). Pure, plain text. */
// `site` is the platform's name from the mail context (see templates.ts), never a survey's.
import { formatDateTimeNl } from '../presenters/format.ts';
import { signature } from './signature.ts';

/** To the organisation's vaststellers: a questionnaire waits for their decision. */
export function offeredMail(
  site: string, v: { organisationName: string; waveTitle: string; offeredBy: string; offeredAt: string; link: string },
) {
  return {
    subject: `Vragenlijst ${v.waveTitle} ter vaststelling`,
    text:
      `Beste collega,\n\nDe vragenlijst van ${v.organisationName} voor de ${v.waveTitle} is ter vaststelling aangeboden ` +
      `door ${v.offeredBy} op ${formatDateTimeNl(v.offeredAt)}.\n\n` +
      'U bent vaststeller. Bekijk de antwoorden en stel de vragenlijst vast, of stuur haar terug met een opmerking ' +
      `(na inloggen):\n${v.link}\n\n` +
      'Pas na het vaststellen is de vragenlijst ingediend.' +
      signature(site),
  };
}

/** To the organisation's other accounts: the vaststeller sent the questionnaire back, with the remark. */
export function sentBackMail(site: string, v: {
  organisationName: string; waveTitle: string; sentBackBy: string; sentBackAt: string; remark: string; link: string;
}) {
  return {
    subject: `Vragenlijst ${v.waveTitle} teruggestuurd`,
    text:
      `Beste collega,\n\nDe vragenlijst van ${v.organisationName} voor de ${v.waveTitle} is teruggestuurd ` +
      `door ${v.sentBackBy} op ${formatDateTimeNl(v.sentBackAt)}. De opmerking:\n\n${v.remark}\n\n` +
      `U kunt de antwoorden weer wijzigen en de vragenlijst opnieuw ter vaststelling aanbieden (na inloggen):\n${v.link}` +
      signature(site),
  };
}
