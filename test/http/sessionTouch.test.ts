import SQLite from 'better-sqlite3';
import type session from 'express-session';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOUCH_EVERY_MS } from '../../server/http/sessionStores.ts';
import { createSessionStore } from '../../server/http/sqliteSessionStore.ts';

// express-session touches every unchanged session on every request; the store writes its expiry
// at most once a minute per session, so a page view or an autosave does not cost a write.
const expiresIn = (ms: number) => ({ cookie: { expires: new Date(Date.now() + ms), originalMaxAge: ms } }) as unknown as session.SessionData;

describe('session expiry writes', () => {
  afterEach(() => vi.useRealTimers());

  it('moves the expiry on at most once a minute per session, and always after a minute', async () => {
    // SQLite compares with its own clock, so the faked one starts at the real time.
    const start = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start);
    const client = new SQLite(':memory:');
    const store = createSessionStore(client);
    const expiry = (sid: string) => client.prepare('select expire from sessions where sid = ?').pluck().get(sid) as string;
    const call = (f: (cb: () => void) => void) => new Promise<void>((resolve) => f(() => resolve()));

    await call((cb) => store.set('a', expiresIn(3_600_000), cb));
    const first = expiry('a');
    vi.setSystemTime(start + 30_000);
    await call((cb) => store.touch!('a', expiresIn(3_600_000), cb));
    expect(expiry('a')).toBe(first);

    vi.setSystemTime(start + TOUCH_EVERY_MS + 1_000);
    await call((cb) => store.touch!('a', expiresIn(3_600_000), cb));
    expect(expiry('a')).toBe(new Date(Date.now() + 3_600_000).toISOString());

    // Another session is written on its own schedule; a destroyed one is gone, not kept alive by a touch.
    await call((cb) => store.set('b', expiresIn(3_600_000), cb));
    await call((cb) => store.destroy('b', cb));
    await call((cb) => store.touch!('b', expiresIn(3_600_000), cb));
    expect(expiry('b')).toBeUndefined();
    client.close();
  });
});
