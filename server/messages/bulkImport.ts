/** The bulk import of answers in the 'Ruwe data' format. */
export const bulkImportMessages = {
  missingColumn: (name: string) => `De kolom ‘${name}’ ontbreekt. Is zij hernoemd of verwijderd?`,
  duplicateColumn: (name: string) => `De kolom ‘${name}’ staat er meer dan eens in.`,
  unknownColumn: (name: string) => `Onbekende kolom ‘${name}’: dit is geen vraag-id van deze vragenlijst.`,
  cellWithoutHeader: 'Deze cel staat in een kolom zonder kopje; haal de waarde weg of zet haar in de juiste kolom.',
  missingCode: 'De organisatiecode ontbreekt.',
  unknownOrganisation: (code: string) => `Onbekende organisatiecode ‘${code}’.`,
  duplicateOrganisation: (code: string) => `De organisatie ${code} staat er meer dan eens in.`,
  notForActor: (label: string) => `Deze vraag hoort niet bij de vragenlijst van een ${label.toLowerCase()}; laat de cel leeg.`,
  noRows: 'Het bestand bevat geen organisaties.',
  alreadySubmitted: (name: string) => `De vragenlijst van ${name} is al ingediend. Heropen haar eerst om antwoorden te wijzigen.`,
  badSubmittedAt: (text: string) =>
    `‘${text}’ is geen tijdstip van indienen. Schrijf het als jaar-maand-dag uur:minuut (Nederlandse tijd), ` +
    'bijvoorbeeld 2024-05-02 10:15, of laat de cel leeg.',
  cannotSubmit: (n: number) =>
    `Kan niet als ingediend worden gemarkeerd: ${n === 1 ? '1 verplichte vraag is' : `${n} verplichte vragen zijn`} niet beantwoord.`,
  missingRawSheet: 'Het tabblad ‘Ruwe data’ ontbreekt. Gebruik het werkboek of het CSV-bestand met de ruwe data uit de export.',
} as const;
