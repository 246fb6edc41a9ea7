// The bench's timing: the median of a few runs of one measured step.

/**
 * Runs `fn` `runs` times; the median time in ms and the last run's result. With `warmup`, that many
 * untimed runs first: a step of a millisecond is otherwise timed while V8 is still compiling it,
 * which a server that has been running for a minute no longer does.
 */
export async function medianTime<T>(runs: number, fn: () => Promise<T>, warmup = 0): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < warmup; i++) await fn();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}
