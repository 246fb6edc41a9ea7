// `npm run bench` part (issue 18): saves arriving at a fixed rate, evenly spread, whatever the answers take.
//
// Why not autocannon's `overallRate` alone: it gives each connection a quota per second and every
// connection's timer fires at the same moment, so all 300 saves of a second leave at once; its
// latency correction then assumes 1 ms between requests (ceil(1 / rate) with rate = 1 per second).
// What it measures is how long a burst of 300 takes to drain: the bare route's own p99 was 234 ms at
// a twelfth of its capacity. Here request k leaves at start + k / rate, and its latency is counted
// from that planned moment (a late send counts against the server: no coordinated omission).
import http from 'node:http';

export interface PacedTarget {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** What a load run measured (closed loop in saves.ts, paced here). */
export interface LoadFigures {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  /** Non-2xx answers per status code, with the first body of each: what they were. */
  statuses: Map<number, { n: number; body: string }>;
}

export interface PacedFigures extends LoadFigures {
  sent: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/**
 * Sends `rate` requests per second for `seconds`, request k built by `build(k)` and reported to
 * `onResponse(k, status)`. Connections are kept alive and opened as needed (as many browsers would).
 */
export async function paced(
  baseUrl: string, rate: number, seconds: number,
  build: (k: number) => PacedTarget, onResponse: (k: number, status: number) => void,
): Promise<PacedFigures> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1_000 });
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  const statuses = new Map<number, { n: number; body: string }>();
  let errors = 0;
  const start = performance.now() + 20;
  const planned = (k: number) => start + (k * 1000) / rate;

  const send = (k: number) => new Promise<void>((resolve) => {
    const t = build(k);
    const req = http.request({
      host: url.hostname, port: url.port, path: t.path, method: 'PUT', agent,
      headers: { ...t.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(t.body) },
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        latencies.push(performance.now() - planned(k));
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 299) {
          errors++;
          statuses.set(status, { n: (statuses.get(status)?.n ?? 0) + 1, body: statuses.get(status)?.body ?? body.slice(0, 160) });
        }
        onResponse(k, status);
        resolve();
      });
    });
    req.on('error', () => { errors++; resolve(); });
    req.end(t.body);
  });

  const inFlight: Promise<void>[] = [];
  await new Promise<void>((done) => {
    let k = 0;
    const tick = () => {
      // Everything whose planned moment has come leaves now, so a late timer never lowers the rate.
      while (k < total && planned(k) <= performance.now()) inFlight.push(send(k++));
      if (k >= total) return done();
      setTimeout(tick, Math.max(0, planned(k) - performance.now()));
    };
    setTimeout(tick, 20);
  });
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    sent: total, rps: total / elapsed, p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0), errors, statuses,
  };
}
