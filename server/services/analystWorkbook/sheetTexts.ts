/** Formats and texts the monitor sheets share. */
export const WHOLE_PERCENT = '0%';
export const SUPPRESSED = `te weinig organisaties`;
/** The same unrounded share shown with one decimal, as the report's prose prints some figures. */
export const ONE_DECIMAL_PERCENT = '0.0%';
export const ONE_DECIMAL_SUFFIX = '(1 decimaal)';
