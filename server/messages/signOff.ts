/** Sign-off inside the organisation (issue 16, point 7): offering, approving and sending back. */
export const signOffMessages = {
  offered: 'De vragenlijst is ter vaststelling aangeboden. Een vaststeller van uw organisatie beoordeelt de antwoorden.',
  // The lock while the response waits for the vaststeller (pages, autosave, API, Excel upload).
  locked: 'De vragenlijst is ter vaststelling aangeboden. U kunt de antwoorden pas weer wijzigen als de vaststeller haar terugstuurt.',
  approved: 'De vragenlijst is vastgesteld en daarmee ingediend.',
  sentBack: 'De vragenlijst is teruggestuurd. Uw collega’s kunnen de antwoorden weer wijzigen en zien uw opmerking op de startpagina.',
  notAllowed: 'Alleen een vaststeller van deze organisatie kan de vragenlijst vaststellen of terugsturen.',
  nothingOffered: 'Er is niets om vast te stellen: de vragenlijst is niet ter vaststelling aangeboden.',
  fourEyes:
    'U hebt de vragenlijst zelf ter vaststelling aangeboden. In deze ronde moet iemand anders haar vaststellen (vier ogen). '
    + 'Vraag een andere vaststeller van uw organisatie.',
  remarkMissing: 'Schrijf op waarom u de vragenlijst terugstuurt. Uw collega’s zien dit op de startpagina.',
  remarkTooLong: 'Gebruik maximaal 2000 tekens voor de opmerking.',
  fourEyesWithoutSignOff: 'Vier ogen kan alleen als vaststelling vereist is. Zet ‘Vaststelling vereist’ aan, of vier ogen uit.',
  roleUnknown: 'Kies de rol: respondent of vaststeller.',
} as const;
