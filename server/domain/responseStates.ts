// A response's state (not started, in progress, offered for sign-off, submitted), its labels and how a row gets one.

export type ResponseState = 'niet-gestart' | 'bezig' | 'ter-vaststelling' | 'ingediend';

export const responseStateLabels: Record<ResponseState, string> = {
  'niet-gestart': 'Niet gestart',
  bezig: 'Bezig',
  // Offered for sign-off inside the organisation (issue 16, point 7): not submitted yet, so 'in progress' in table 1.3.
  'ter-vaststelling': 'Ter vaststelling',
  ingediend: 'Ingediend',
};

export const responseStates = Object.keys(responseStateLabels) as ResponseState[];

/** The state of one response row (or none). Version 0 means nothing was ever saved. */
export function responseStateOf(
  response: { state: string; version: number; offered_at?: string | null } | null | undefined,
): ResponseState {
  if (!response) return 'niet-gestart';
  if (response.state === 'ingediend') return 'ingediend';
  if (response.offered_at) return 'ter-vaststelling';
  return response.version > 0 ? 'bezig' : 'niet-gestart';
}
