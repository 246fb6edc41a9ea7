/** Answers: validation, saving, conflicts and submitting, the same on pages, API and imports. */
export const answerMessages = {
  invalidOption: 'Kies een van de gegeven antwoorden.',
  notANumber: 'Vul een getal in, bijvoorbeeld 1200 of 12,5.',
  wholeNumber: 'Vul een heel getal in, zonder komma.',
  notNegative: 'Vul een getal in dat niet negatief is (0 of meer).',
  atLeast: (min: string) => `Vul een getal in van minimaal ${min}.`,
  atMost: (max: string) => `Vul een getal in van maximaal ${max}.`,
  notText: 'Vul tekst in.',
  tooLong: (max: number, actual: number) =>
    `Gebruik maximaal ${max.toLocaleString('nl-NL')} tekens (u gebruikte er ${actual.toLocaleString('nl-NL')}).`,
  unknownQuestion: 'Deze vraag hoort niet bij de vragenlijst van uw organisatie.',
  otherTheme: 'Deze vraag hoort niet bij dit thema.',
  notApplicable: 'Deze vraag is alleen van toepassing na een ander antwoord op de vorige vraag; laat haar leeg.',
  onlyAfter: (labels: string, n: string) => `Deze vraag geldt alleen bij antwoord ${labels} op vraag ${n}; laat haar leeg.`,
  ignoredFollowUps: (questions: string, labels: string, n: string) =>
    `De antwoorden bij ${questions} zijn niet bewaard, omdat ze alleen gelden bij antwoord ${labels} op vraag ${n}.`,
  errorsOthersSaved:
    'Uw andere antwoorden op deze pagina zijn opgeslagen. '
    + 'De antwoorden hieronder zijn niet opgeslagen; verbeter ze en klik op ‘Opslaan’.',
  errorsNothingElseChanged:
    'De antwoorden hieronder zijn niet opgeslagen; verbeter ze en klik op ‘Opslaan’. '
    + 'Uw andere antwoorden op deze pagina waren al opgeslagen.',
  conflictOnPage:
    'Een collega heeft intussen dezelfde vragen anders beantwoord. Uw andere antwoorden zijn opgeslagen. '
    + 'Kies bij elke gemarkeerde vraag welk antwoord moet blijven en klik op ‘Opslaan’.',
  conflictChoose: 'Kies of u uw eigen antwoord houdt of het antwoord van uw collega overneemt.',
  apiVersionRequired: 'Geef "version" mee: de versie van de antwoorden waarop uw wijziging is gebaseerd (zie GET op dezelfde URL).',
  required: 'Beantwoord deze vraag.',
  otherNotChosen: (label: string) => `Vul dit alleen in als u ‘${label}’ kiest.`,
  saved: 'Uw antwoorden zijn opgeslagen.',
  nothingChanged: 'Er was niets gewijzigd.',
  conflict:
    'Een collega heeft intussen dezelfde vragen anders beantwoord. Niets van deze pagina is opgeslagen. '
    + 'Kies per vraag welk antwoord juist is en sla opnieuw op.',
  submitted: 'De vragenlijst is ingediend. Dank u wel.',
  reopened: 'De vragenlijst is heropend. U kunt antwoorden wijzigen en daarna opnieuw indienen.',
  submitMissing: (n: number) =>
    n === 1 ? 'Er is nog 1 verplichte vraag niet beantwoord.' : `Er zijn nog ${n} verplichte vragen niet beantwoord.`,
  submitConfirmOpen: (n: number) =>
    `${n === 1 ? 'Er staat nog 1 vraag open' : `Er staan nog ${n} vragen open`}. Bevestig dat u toch wilt indienen.`,
  waveClosed: 'Het veldwerk is gesloten. U kunt de antwoorden bekijken, maar niet meer wijzigen.',
  waveNotOpen: 'Het veldwerk is niet geopend. U kunt nu geen antwoorden wijzigen.',
  alreadySubmitted: 'De vragenlijst is al ingediend. Heropen haar om antwoorden te wijzigen.',
} as const;
