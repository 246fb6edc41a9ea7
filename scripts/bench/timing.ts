// The bench's timing: the median of a few runs of one measured step.

/** Runs `fn` `runs` times; the median time in ms and the last run's result. */
export async function medianTime<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

/**
 * The medians of two steps timed in turn, run after run (a, b, a, b, …): a slow moment of a shared
 * machine then falls on both, not on whichever happened to run during it. With `warmup`, that many
 * untimed pairs first: a step of a millisecond is otherwise timed while V8 is still compiling it,
 * which a server that has been running for a minute no longer does.
 */
export async function pairedMedians<A, B>(
  runs: number, a: () => Promise<A>, b: () => Promise<B>, warmup = 0,
): Promise<[{ ms: number; result: A }, { ms: number; result: B }]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  let ra!: A;
  let rb!: B;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    ra = await a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    rb = await b();
    tb.push(performance.now() - t0);
  }
  const median = (t: number[]) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)]!;
  return [{ ms: median(ta), result: ra }, { ms: median(tb), result: rb }];
}
