/** Reading back an offline questionnaire workbook. */
export const offlineMessages = {
  notOffline:
    'Dit werkboek is geen offline vragenlijst van de Afsprakenmonitor (het verborgen tabblad met gegevens ontbreekt). '
    + 'Download de vragenlijst opnieuw en vul die in.',
  otherWave: (wave: string) => `Dit werkboek hoort bij een andere uitvraag (${wave}). Download de vragenlijst van deze uitvraag.`,
  otherOrganisation: (code: string) =>
    `Dit werkboek is van een andere organisatie (${code}). Download de vragenlijst van uw eigen organisatie.`,
  badVersion: 'De versie in het werkboek is onleesbaar. Download de vragenlijst opnieuw.',
  missingSheet: (name: string) => `Het tabblad ‘${name}’ ontbreekt. Is het hernoemd of verwijderd? Gebruik de oorspronkelijke naam.`,
  wrongHeader: (expected: string, found: string) =>
    found
      ? `De kolom heet ‘${found}’, maar moet ‘${expected}’ heten. Zijn kolommen verplaatst of hernoemd?`
      : `De kolom ‘${expected}’ ontbreekt.`,
  missingQuestionId: 'De vraag-id ontbreekt in deze rij; zet hem terug of haal de antwoorden in deze rij weg.',
  unknownQuestionRow: (id: string) => `Onbekende vraag ‘${id}’ op dit tabblad.`,
  duplicateQuestionRow: (id: string) => `De vraag ‘${id}’ staat er meer dan eens in.`,
  unknownOption: (id: string, option: string) => `Onbekende antwoordoptie ‘${option}’ bij vraag ${id}.`,
  markChoice: 'Vul ‘Ja’ in om deze optie te kiezen, of laat de cel leeg.',
  notForQuestion: 'Laat deze cel leeg: deze vraag heeft geen ruimte voor dit antwoord.',
  chooseConflict: 'Kies welk antwoord u wilt bewaren.',
} as const;
