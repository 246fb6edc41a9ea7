/** Texts of last year's answers in the questionnaire (issue 17). */
export const lastYearMessages = {
  copied: (n: number) =>
    n === 0
      ? 'Er waren geen antwoorden van vorig jaar om over te nemen: alle vragen met een antwoord van vorig jaar zijn al ingevuld.'
      : `${n === 1 ? '1 antwoord' : `${n} antwoorden`} van vorig jaar overgenomen. `
        + 'Controleer ze en bevestig of wijzig ze; pas dan tellen ze mee in de monitor.',
  confirmed: (n: number) => `${n === 1 ? '1 overgenomen antwoord' : `${n} overgenomen antwoorden`} bevestigd.`,
  nothingToCopy: 'Er zijn geen antwoorden van vorig jaar voor uw organisatie.',
  unconfirmed: (n: number) =>
    `${n === 1 ? '1 antwoord is' : `${n} antwoorden zijn`} overgenomen van vorig jaar en nog niet bevestigd. `
    + 'Bevestig ze of wijzig ze voordat u indient.',
} as const;
