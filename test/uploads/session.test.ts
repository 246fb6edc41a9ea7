import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SESSION_BYTES } from '../../server/http/sessionStores.ts';
import { createSessionStore } from '../../server/http/sqliteSessionStore.ts';
import { createTestContext, type Session, type TestContext } from '../support/context.ts';
import { pendingUploads } from '../support/inspect.ts';
import { completeAnswers, download, fill, WAVE } from '../exchange/support.ts';

/*
 * Pending uploads live in the pending_uploads table, not in the session: after three previews of a
 * national 'Ruwe data' file (390 rows with the header) the coordinator's session is still a few
 * hundred bytes. Before, it was 21.8 MB and every request of that user read and wrote all of it.
 */

let dir: string;
let ctx: TestContext;
let coordinator: Session;
let sessions: SQLite.Database;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'afsprakenmonitor-session-'));
  const file = path.join(dir, 'db.sqlite');
  ctx = await createTestContext(undefined, { databasePath: file });
  for (const [i, org] of ['GM0363', 'GM0599', 'GM0518', 'GM0344', 'JZ13', 'RIJK', 'VNG'].entries()) {
    const actor = org.startsWith('GM') ? 'gemeente' : org.startsWith('JZ') ? 'regio' : org.toLowerCase();
    await fill(ctx.services, org, completeAnswers(ctx.services, actor, i));
  }
  coordinator = await ctx.loginAs('coord@example.nl', 'coordinator');
  sessions = new SQLite(file, { readonly: true });
});
afterAll(async () => {
  sessions.close();
  await ctx.close();
  rmSync(dir, { recursive: true, force: true });
});

const largestSession = () => sessions.prepare('select max(length(sess)) from sessions').pluck().get() as number;

describe('sessions stay small', () => {
  it('keeps three previews of a national file out of the session', async () => {
    const file = (await download(coordinator.agent, `/analyse/${WAVE}/ruwe-data.csv`)).body;
    expect(file.toString('utf8').trim().split(/\r\n/).length).toBe(390);
    const previews: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await coordinator.agent.post(`/analyse/${WAVE}/importeren`).field('_csrf', coordinator.csrf).attach('bestand', file, 'ruwe-data.csv');
      expect(res.status, res.text.slice(0, 300)).toBe(303);
      previews.push(res.headers.location!);
    }
    for (const url of previews) expect((await coordinator.agent.get(url)).status).toBe(200);
    expect(largestSession()).toBeLessThan(2048);
    const stored = await pendingUploads(ctx, 'bulk');
    expect(stored).toHaveLength(3);
    expect(Math.min(...stored.map((u) => u.bytes))).toBeGreaterThan(100 * 1024); // what each preview would have added to the session
  });

  it('lets only the uploader see a pending upload', async () => {
    const other = await ctx.loginAs('coord2@example.nl', 'coordinator');
    const token = (await pendingUploads(ctx, 'bulk'))[0]!.token;
    const res = await other.agent.get(`/analyse/${WAVE}/importeren/${token}`);
    expect(res.status).toBe(404);
  });

  it('refuses to store a session above the limit', async () => {
    const store = createSessionStore(new SQLite(':memory:'));
    const cookie = { originalMaxAge: 60_000, expires: new Date(Date.now() + 60_000) };
    const save = (extra: string) => new Promise<unknown>((resolve) => store.set('sid', { cookie, extra } as never, resolve));
    expect(await save('klein')).toBeFalsy();
    expect(await save('x'.repeat(MAX_SESSION_BYTES))).toBeInstanceOf(Error);
  });
});
