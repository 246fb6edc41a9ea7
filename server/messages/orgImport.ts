/** The organisation import: the file, its columns and each row. */
export const orgImportMessages = {
  noFile: 'Kies een CSV- of Excel-bestand met organisaties.',
  expired: 'Deze import is verlopen of al uitgevoerd. Upload het bestand opnieuw.',
  done: (added: number, updated: number) => `Import voltooid: ${added} organisaties toegevoegd, ${updated} bijgewerkt.`,
  notTable:
    'Dit bestand is geen CSV-bestand en geen Excel-bestand (.xlsx). '
    + 'Sla het op als CSV of als Excel-werkmap (.xlsx) en probeer het opnieuw.',
  oldExcel: 'Oude Excel-bestanden (.xls) worden niet ondersteund. Sla het bestand op als Excel-werkmap (.xlsx) of als CSV.',
  broken: 'Dit Excel-bestand kan niet worden gelezen. Sla het opnieuw op als Excel-werkmap (.xlsx) en probeer het opnieuw.',
  noSheet: 'Het Excel-bestand bevat geen werkblad.',
  empty: 'Het bestand is leeg.',
  headerOnly: 'Het bestand bevat geen organisaties (alleen een kopregel).',
  unknownColumns: (unknown: string[], allowed: string) =>
    `Onbekende ${unknown.length === 1 ? 'kolom' : 'kolommen'}: ${unknown.map((u) => `‘${u}’`).join(', ')}. `
    + `Gebruik alleen de kolommen ${allowed}.`,
  missingColumn: (label: string) => `De kolom ‘${label}’ ontbreekt; die is verplicht.`,
  duplicateColumn: (label: string) => `De kolom ‘${label}’ staat twee keer in het bestand.`,
  missingCode: 'De code ontbreekt.',
  badCode: (code: string) => `De code ‘${code}’ is ongeldig: gebruik 2 tot 12 letters en cijfers, zoals GM0363 of JZ13.`,
  duplicateCode: (code: string, others: number[]) =>
    `De code ${code} staat ook in ${others.length === 1 ? 'rij' : 'rijen'} ${others.join(', ')}; `
    + 'elke organisatie mag maar één keer voorkomen.',
  missingName: 'De naam ontbreekt.',
  longName: 'De naam is langer dan 200 tekens.',
  unknownKind: (raw: string, kinds: string[]) => `Onbekende soort ‘${raw}’. Kies uit: ${kinds.join(', ')}.`,
  badInhabitants: (raw: string) => `Het aantal inwoners ‘${raw}’ is geen heel getal.`,
  unknownProvince: (raw: string) => `Onbekende provincie ‘${raw}’. Gebruik de naam of de code (PV20 tot en met PV31).`,
  unknownRegion: (raw: string) => `Onbekende jeugdregio ‘${raw}’. Gebruik de naam of de code (zoals JZ13).`,
  badEmail: (raw: string) => `‘${raw}’ is geen geldig e-mailadres.`,
  kindChanged: (code: string, kind: string) =>
    `${code} is nu een organisatie van soort ${kind}; de soort kan niet via een import veranderen.`,
} as const;
