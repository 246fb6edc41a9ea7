/** The reminder plan of a wave (issue 16, point 4): its form, its steps and its log. */
export const reminderPlanMessages = {
  daysMissing: 'Vul in hoeveel dagen vóór de sluitdatum de herinnering uitgaat, bijvoorbeeld 14.',
  daysNotNumber: (raw: string) => `‘${raw}’ is geen heel aantal dagen. Vul een getal in, bijvoorbeeld 14 of 3.`,
  daysTooMany: 'Kies hoogstens 365 dagen vóór de sluitdatum.',
  afterClosing: (closes: string) => `Deze dag valt na de sluitdatum (${closes}). Kies 0 dagen (op de sluitdatum) of meer.`,
  inPast: (date: string) => `Die dag (${date}) is al voorbij. Kies minder dagen vóór de sluitdatum.`,
  beforeOpening: (date: string, opens: string) =>
    `Die dag (${date}) valt vóór de opening van het veldwerk op ${opens}. Kies minder dagen vóór de sluitdatum.`,
  duplicate: (days: number) =>
    `Er is al een stap op ${days} ${days === 1 ? 'dag' : 'dagen'} vóór de sluitdatum. Wijzig die stap of kies een ander aantal.`,
  noAudience: 'Kies aan wie de herinnering gaat: ‘Niet gestart’, ‘Bezig’ of allebei.',
  badAudience: 'Kies alleen ‘Niet gestart’ of ‘Bezig’.',
  started: 'Deze stap is al uitgevoerd en kan niet meer worden gewijzigd of verwijderd.',
  added: (date: string) => `De stap is toegevoegd. De herinnering gaat uit op ${date} om 9.00 uur.`,
  changed: (date: string) => `De stap is gewijzigd. De herinnering gaat uit op ${date} om 9.00 uur.`,
  removed: 'De stap is verwijderd.',
  skipSubmitted: 'al ingediend',
  skipNoAddress: 'geen actief account en geen contactadres',
  skipClosed: 'ronde niet meer open',
} as const;
