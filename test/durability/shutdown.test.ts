import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, prepareDatabase, startServer, WAVE, type RealServer, type Respondent } from '../../scripts/bench/realServer.ts';
import { committedAnswer } from '../support/inspectFile.ts';

let dir: string;
let file: string;
let respondents: Respondent[];
let server: RealServer | null = null;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-shutdown-'));
  file = path.join(dir, 'monitor.sqlite');
  respondents = await prepareDatabase(file, 1);
});
afterAll(async () => {
  if (server && server.process.exitCode === null) {
    server.process.kill('SIGKILL');
    await server.exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('graceful shutdown (SIGTERM)', () => {
  it('finishes a request in flight, refuses new ones, closes the database and exits 0', async () => {
    server = await startServer(file, { LOG_LEVEL: 'info' });
    const { org, email } = respondents[0]!;
    const session = await login(server.baseUrl, email);
    const url = new URL(`${server.baseUrl}/api/waves/${WAVE}/responses/${org}`);
    // The API wants the version the change is based on.
    const { version } = (await (await fetch(url, { headers: { cookie: session.cookie } })).json()) as { version: number };
    const body = JSON.stringify({ version, answers: { 'gemeente.reikwijdte.01.toelichting': 'verstuurd tijdens het stoppen' } });

    // A slow client: headers and half the body now, the rest after SIGTERM.
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie: session.cookie, 'x-csrf-token': session.csrf },
      }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        server!.process.kill('SIGTERM');
        setTimeout(async () => {
          // Meanwhile no new connections are accepted.
          await expect(fetch(`${server!.baseUrl}/healthz`)).rejects.toThrow();
          req.end(body.slice(20));
        }, 500);
      }, 200);
    });

    const res = await response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).answers['gemeente.reikwijdte.01.toelichting']).toBe('verstuurd tijdens het stoppen');
    expect(await server.exited).toBe(0);
    // Structured log lines (pino, JSON) with the request id of the request that was finished.
    const logLines = server.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string; req?: { id: string; method: string }; userId?: number });
    expect(logLines.map((l) => l.msg)).toEqual(expect.arrayContaining(['gestopt', 'request completed']));
    expect(logLines.find((l) => l.msg === 'request completed' && l.req?.method === 'PUT')).toMatchObject({ req: { id: expect.stringMatching(/^[0-9a-f-]{36}$/) }, userId: expect.any(Number) });

    expect(committedAnswer(file, 'gemeente.reikwijdte.01.toelichting')).toBe('verstuurd tijdens het stoppen');
  });
});
