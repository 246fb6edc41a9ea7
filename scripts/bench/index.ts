import { benchExchange } from './exchange.ts';
import { benchPages } from './pages.ts';
import { benchSaves } from './saves.ts';
import { benchTables } from './tables.ts';
import { benchTrend } from './trend.ts';
import { benchUploads } from './uploads.ts';

/** Benchmarks run by `npm run bench`, in order; each issue adds its own. */
export const benches: Record<string, () => Promise<void>> = {
  'monitortabellen (issue 4)': benchTables,
  'Excel- en CSV-export (issue 5)': benchExchange,
  'opslaan door respondenten (issue 6)': benchSaves,
  'uploads: geheugen bij een vijandig bestand (issue 12)': benchUploads,
  'paginas: servertijd op nationale omvang (issue 18)': benchPages,
  'ontwikkeling tussen twee rondes (issue 17)': benchTrend,
};
