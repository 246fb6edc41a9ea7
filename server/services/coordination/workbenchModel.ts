import type { ResponseState } from '../../domain/responseRates.ts';

/**
 * The chasing workbench (issue 16, point 3): the organisations of a wave that have not submitted,
 * with their contacts, progress, last activity and reminders; filtered, sorted and paged here on
 * the server (domain/paging.ts), so the page and the downloads show the same rows.
 */
export interface WorkbenchFilter {
  waveId: string;
  actorKind: string;
  province: string;
  region: string;
  /** '' for both 'niet-gestart' and 'bezig'. */
  state: string;
  q: string;
  sort: string;
  dir: 'asc' | 'desc';
  page: number;
}

export interface WorkbenchRow {
  code: string;
  name: string;
  actorKind: string;
  regionName: string | null;
  provinceName: string | null;
  state: ResponseState;
  /** Who a reminder goes to: active accounts, the organisation's contact address and its contact people (contactAddresses.ts). */
  contacts: string[];
  /** Required questions answered, of the required questions that apply. */
  answered: number;
  required: number;
  lastActivity: string | null;
  lastReminder: string | null;
  reminders: number;
  /** A later closing date for this organisation alone, if granted. */
  extendedTo: string | null;
}

export const sortKeys = ['naam', 'soort', 'stand', 'voortgang', 'activiteit', 'herinnering', 'aantal'] as const;

export const byKey: Record<(typeof sortKeys)[number], (a: WorkbenchRow, b: WorkbenchRow) => number> = {
  naam: (a, b) => a.name.localeCompare(b.name, 'nl'),
  soort: (a, b) => a.actorKind.localeCompare(b.actorKind),
  stand: (a, b) => a.state.localeCompare(b.state),
  voortgang: (a, b) => (a.required ? a.answered / a.required : 0) - (b.required ? b.answered / b.required : 0),
  activiteit: (a, b) => (a.lastActivity ?? '').localeCompare(b.lastActivity ?? ''),
  herinnering: (a, b) => (a.lastReminder ?? '').localeCompare(b.lastReminder ?? ''),
  aantal: (a, b) => a.reminders - b.reminders,
};
