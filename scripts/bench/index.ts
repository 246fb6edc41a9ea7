/** Benchmarks run by `npm run bench`, in order; each issue adds its own. */
export const benches: Record<string, () => Promise<void>> = {};
