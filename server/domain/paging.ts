/**
 * Server-side paging of a long list (the chasing workbench, the explanations): one page of rows and
 * the counts the pager (`views/partials/pager.ejs`) needs. A page beyond the end shows the last one.
 */
export const PAGE_SIZE = 50;

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pages: number;
}

export function pageOf<T>(all: readonly T[], requested: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const page = Math.min(Math.max(1, Number.isFinite(requested) ? Math.trunc(requested) : 1), pages);
  return { rows: all.slice((page - 1) * size, page * size), total: all.length, page, pages };
}

/** The page number of a query value ('pagina=3'); anything else is page 1. */
export const pageNumber = (raw: unknown): number => {
  const n = typeof raw === 'string' ? Number.parseInt(raw, 10) : NaN;
  return Number.isFinite(n) ? n : 1;
};
