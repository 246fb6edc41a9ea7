/** Signing in, access and the errors any page may show. */
export const pageMessages = {
  errorSummaryTitle: 'Er is een probleem',
  loginFailed: 'Het e-mailadres of het wachtwoord is onjuist.',
  loginEmailMissing: 'Vul uw e-mailadres in.',
  loginPasswordMissing: 'Vul uw wachtwoord in.',
  loginRequired: 'Log in om verder te gaan.',
  // On the login page, when a form was posted after the session expired.
  sessionExpired: 'Uw sessie was verlopen. Log opnieuw in; wat u had ingevuld staat daarna weer op de pagina, maar is nog niet opgeslagen.',
  // On the page restored after logging in again (or after an expired form): the login is behind the user.
  formRestored:
    'Uw sessie of het formulier was verlopen. '
    + 'Wat u had ingevuld staat weer op de pagina, maar is nog niet opgeslagen: klik op ‘Opslaan’ om het te bewaren.',
  forbidden: 'U hebt geen toegang tot deze pagina.',
  notFound: 'Deze pagina bestaat niet.',
  csrf: 'Het formulier was verlopen. Probeer het opnieuw; uw invoer staat nog op de pagina.',
  serverError: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  databaseBusy: 'Het systeem is even bezet. Wat u net deed, is niet bewaard. Probeer het over een ogenblik opnieuw.',
  madeMeanwhile: 'Iemand anders heeft dit zojuist al aangemaakt; wat u net deed, is niet bewaard. Laad de pagina opnieuw.',
  storageFailed: 'Er is een storing bij de opslag. Wat u net deed, is niet bewaard. Probeer het later opnieuw.',
  badRequest: 'Dit verzoek klopt niet. Ga terug en probeer het opnieuw.',
  unreadableBody: 'De server kan deze invoer niet lezen. Gebruik het formulier op de pagina.',
  // PostgreSQL out of reach (issue 19): a 503 on every page until it is back.
  databaseUnavailable: 'De database is even niet bereikbaar. Wat u net deed, is niet bewaard. Probeer het over een paar minuten opnieuw.',
} as const;
