/** The layout of the offline questionnaire workbook, shared by the builder and the reader. */
export const OFFLINE_FORMAT = 'afsprakenmonitor-offline-1';
export const INSTRUCTIONS_SHEET = 'Instructies';
/** Very hidden: wave, organisation and the version the answers were downloaded at. */
export const META_SHEET = 'Gegevens';
export const LISTS_SHEET = 'Keuzelijsten';

export const offlineColumns = [
  // Hidden: the upload reads it, a respondent never needs it (they see 'Vraag 3' in the question column).
  { key: 'id', header: 'Vraag-id', width: 28, hidden: true },
  { key: 'option', header: 'Optie', width: 14, hidden: true },
  { key: 'question', header: 'Vraag', width: 70, hidden: false },
  { key: 'answer', header: 'Antwoord', width: 30, hidden: false },
  { key: 'anders', header: 'Anders, namelijk', width: 30, hidden: false },
  { key: 'toelichting', header: 'Toelichting', width: 45, hidden: false },
  { key: 'planning', header: 'Planning HA/IP', width: 20, hidden: false },
  { key: 'help', header: 'Aanwijzing', width: 45, hidden: false },
] as const;

export type OfflineColumnKey = (typeof offlineColumns)[number]['key'];

/** 1-based column number of a key. */
export const col = (key: OfflineColumnKey): number => offlineColumns.findIndex((c) => c.key === key) + 1;

/** Values that choose a 'meerkeuze' option row. */
export const CHOSEN = new Set(['ja', 'x', 'j', 'yes', '1', 'waar', 'true', '✓']);
export const NOT_CHOSEN = new Set(['nee', 'n', 'no', '0', 'onwaar', 'false', '-']);
