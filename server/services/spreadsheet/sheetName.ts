/** Sheet names as Excel allows them. */
import type { Theme } from '../../survey/schema.ts';

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
export function themeSheetName(theme: Pick<Theme, 'number' | 'title'>): string {
  return `${theme.number} ${theme.title}`.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim();
}
