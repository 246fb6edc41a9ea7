/** Uploaded files as a whole: choosing one, its size and kind, and reading it. */
export const uploadMessages = {
  noFile: 'Kies een bestand om te uploaden.',
  oneFile: 'Upload één bestand tegelijk.',
  tooLarge: (mb: number) => `Het bestand is groter dan ${mb} MB. Verklein het bestand of splits het op.`,
  tooManyCells:
    'Het bestand is te groot of bevat te veel cellen. Haal lege of overbodige werkbladen, rijen en kolommen weg, '
    + 'of splits het bestand op, en probeer het opnieuw.',
  busy: 'Er worden nu veel bestanden tegelijk gelezen. Probeer het over een paar minuten opnieuw.',
  notWorkbook: 'Het bestand is geen Excel-werkboek (.xlsx). Sla het in Excel op als ‘Excel-werkmap (.xlsx)’.',
  notWorkbookOrCsv: 'Het bestand is geen Excel-werkboek (.xlsx) of CSV-bestand.',
  oldExcel: 'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als ‘Excel-werkmap (.xlsx)’ en upload het opnieuw.',
  brokenWorkbook: 'Het Excel-bestand kan niet worden gelezen; het is beschadigd of geen .xlsx-bestand.',
  brokenCsv: (line: number | undefined, reason: string) =>
    `Het CSV-bestand kan niet worden gelezen${line ? ` (regel ${line})` : ''}: ${reason}`,
  formulaIgnored: 'Deze cel bevat een formule zonder opgeslagen uitkomst. Vul de waarde zelf in.',
  expired: 'Deze upload is verlopen of al verwerkt. Upload het bestand opnieuw.',
} as const;
