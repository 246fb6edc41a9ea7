/**
 * Server-side paging of long lists (issue 16: every long list is paged), the same for every list:
 * the chasing workbench's 50 a page, a requested page clamped to the pages there are.
 */
export const PAGE_SIZE = 50;

export interface PageWindow {
  page: number;
  pages: number;
  total: number;
  size: number;
  offset: number;
  /** 1-based numbers of the first and last row shown ('51–100 van 389'); 0 and 0 for an empty list. */
  from: number;
  to: number;
}

/** The page to show of `total` rows; anything that is not a page number in range becomes the nearest page. */
export function pageWindow(total: number, requested: number, size = PAGE_SIZE): PageWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Number.isFinite(requested) ? Math.trunc(requested) : 1), pages);
  const offset = (page - 1) * size;
  return { page, pages, total, size, offset, from: total ? offset + 1 : 0, to: Math.min(total, offset + size) };
}

/** One page of rows and the counts the pager (`views/partials/pager.ejs`) needs. */
export type Page<T> = { rows: T[] } & PageWindow;

/** The rows of one page of a list already in memory. */
export function pageOf<T>(rows: readonly T[], requested: number, size = PAGE_SIZE): Page<T> {
  const w = pageWindow(rows.length, requested, size);
  return { ...w, rows: rows.slice(w.offset, w.offset + size) };
}

/** ?pagina= as a number (1 when absent or not a number). */
export const requestedPage = (v: unknown): number => {
  const n = typeof v === 'string' ? Number.parseInt(v, 10) : NaN;
  return Number.isFinite(n) ? n : 1;
};
