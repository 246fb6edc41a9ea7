/** Formats and texts the monitor sheets share. */
export const WHOLE_PERCENT = '0%';
export const SUPPRESSED = `te weinig organisaties`;
