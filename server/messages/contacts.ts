/** Contact people of organisations and bulk invitations (issue 16, points 1 and 2). */
export const contactMessages = {
  // The contact form on the organisation page.
  missingName: 'Vul de naam van de contactpersoon in.',
  longName: 'Gebruik voor de naam maximaal 200 tekens.',
  badEmail: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl, of laat het veld leeg.',
  duplicateEmail: (email: string) => `${email} staat al als contactpersoon bij deze organisatie.`,
  unknownRole: 'Kies een rol.',
  missingOther: 'Beschrijf de rol, bijvoorbeeld ‘beleidsmedewerker jeugd’.',
  longOther: 'Gebruik voor de rol maximaal 100 tekens.',
  added: (name: string) => `${name} is toegevoegd als contactpersoon.`,
  changed: (name: string) => `De gegevens van ${name} zijn opgeslagen.`,
  removed: (name: string) => `${name} is verwijderd als contactpersoon. Een account van deze persoon blijft bestaan.`,
  gone: 'Deze contactpersoon bestaat niet meer; misschien heeft een collega hem net verwijderd.',
  // The contacts file of the organisation import: row and column in every message.
  at: (column: string, label: string) => `kolom ${column} (${label})`,
  importMissingColumn: (label: string) => `De kolom ‘${label}’ ontbreekt; die is verplicht in een bestand met contactpersonen.`,
  importUnknownOrg: (where: string, code: string) =>
    `${where}: er is geen organisatie met de code ‘${code}’. Importeer de organisatie eerst, of verbeter de code.`,
  importMissingCode: (where: string) => `${where}: de code van de organisatie ontbreekt.`,
  importMissingName: (where: string) => `${where}: de naam van de contactpersoon ontbreekt.`,
  importLongName: (where: string) => `${where}: de naam is langer dan 200 tekens.`,
  importBadEmail: (where: string, raw: string) => `${where}: ‘${raw}’ is geen geldig e-mailadres.`,
  importLongRole: (where: string) => `${where}: de rol is langer dan 100 tekens.`,
  importDuplicate: (email: string, code: string, others: number[]) =>
    `${email} staat voor ${code} ook in ${others.length === 1 ? 'rij' : 'rijen'} ${others.join(', ')}; `
    + 'noem elke contactpersoon één keer per organisatie.',
  importHeaderOnly: 'Het bestand bevat geen contactpersonen (alleen een kopregel).',
  importDone: (added: number, updated: number) => `Import voltooid: ${added} contactpersonen toegevoegd, ${updated} bijgewerkt.`,
  // Bulk invitations: why a contact is skipped.
  skipNoContacts: 'heeft geen contactpersonen',
  skipNoEmail: 'geen e-mailadres',
  skipHasAccount: 'heeft al een account',
  skipOpen: (until: string) => `uitnodiging staat nog open (geldig tot ${until})`,
  skipDeactivated: 'account is gedeactiveerd',
  skipOtherAccount: 'dit adres hoort bij een account van een andere organisatie of met een andere rol',
  skipTwice: 'staat al eerder in deze lijst',
  noneChosen: 'Kies in de lijst ‘Nog niet ingediend’ minstens één organisatie. Er is niets verstuurd.',
  noneToInvite: 'In deze keuze is er niemand om uit te nodigen. Er is niets verstuurd.',
  sent: (n: number) => `Uitnodiging verstuurd naar ${n} ${n === 1 ? 'persoon' : 'personen'}.`,
  failed: (list: string) => `Versturen mislukt naar ${list}. De accounts bestaan wel; stuur de uitnodiging later opnieuw.`,
  resentAll: (n: number) =>
    `Een nieuwe uitnodiging is verstuurd naar ${n} ${n === 1 ? 'persoon' : 'personen'}; de oude links werken niet meer.`,
  noneUnused: 'Er zijn geen ongebruikte uitnodigingen. Er is niets verstuurd.',
} as const;
