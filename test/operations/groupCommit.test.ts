import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite, type SqliteDatabase } from '../../server/db/database.ts';
import { commitPendingSync } from '../../server/db/groupCommit.ts';
import { precompiled } from '../../server/db/precompiled.ts';
import type { Db } from '../../server/db/database.ts';

// Issue 18: transactions that finish in the same turn of the event loop share one COMMIT (one sync),
// and each is acknowledged only once that commit is on disk.
let opened: SqliteDatabase[] = [];
afterEach(async () => { for (const d of opened) await d.close(); opened = []; });

function fileDatabase() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'group-commit-')), 'db.sqlite');
  const d = openSqlite(file);
  opened.push(d);
  d.sqlite.exec('create table t (n integer primary key, v text)');
  let commits = 0;
  const prepare = d.sqlite.prepare.bind(d.sqlite);
  // Counts the commits the driver sends (the statement cache prepares each SQL text once).
  d.sqlite.prepare = ((text: string) => {
    const st = prepare(text);
    if (text !== 'commit') return st;
    const run = st.run.bind(st);
    return Object.assign(st, { run: (...a: unknown[]) => { commits++; return run(...(a as [])); } });
  }) as typeof d.sqlite.prepare;
  return { d, file, commits: () => commits };
}

/** Lets a transaction run to its end (all microtasks: SQLite is synchronous), but not the next turn's commit. */
const finishTurn = async () => { for (let i = 0; i < 200; i++) await null; };

const insert = (d: SqliteDatabase, n: number) =>
  d.db.transaction().execute((trx) => sql`insert into t (n, v) values (${n}, ${'x'})`.execute(trx));

describe('group commit', () => {
  it('commits concurrent transactions together, each visible to another connection when it is acknowledged', async () => {
    const { d, file, commits } = fileDatabase();
    const other = new SQLite(file, { readonly: true });
    const seenAtAck: number[] = [];
    await Promise.all(Array.from({ length: 40 }, (_, i) => insert(d, i).then(() => {
      seenAtAck.push(Number(other.prepare('select count(*) from t where n = ?').pluck().get(i)));
    })));
    other.close();
    expect(seenAtAck).toEqual(new Array(40).fill(1));
    expect(commits()).toBeLessThan(10);
  });

  it('keeps one commit when reads outside a transaction come between, precompiled or written as SQL', async () => {
    const { d, commits } = fileDatabase();
    // What a request does before its save (its user, the wave): reads, which must not commit the group early.
    const read = precompiled((db: Db, n: number) => db.selectFrom('t' as never).selectAll().where('n' as never, '=', n as never));
    const first = Array.from({ length: 10 }, (_, i) => insert(d, i));
    await finishTurn();
    // The ten wait for the next turn's commit; these reads and ten more saves come in the same turn.
    await read(d.db, 1);
    await sql`select count(*) from t`.execute(d.db);
    await Promise.all([...first, ...Array.from({ length: 10 }, (_, i) => insert(d, 100 + i))]);
    expect(d.sqlite.prepare('select count(*) from t').pluck().get()).toBe(20);
    expect(commits()).toBe(1);
  });

  it('rolls back a failing transaction alone; the others of its group are kept', async () => {
    const { d } = fileDatabase();
    const results = await Promise.allSettled([
      insert(d, 1),
      d.db.transaction().execute(async (trx) => {
        await sql`insert into t (n, v) values (2, 'y')`.execute(trx);
        throw new Error('refused');
      }),
      insert(d, 3),
      insert(d, 1), // a unique violation: fails in the database itself
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect(d.sqlite.prepare('select n from t order by n').pluck().all()).toEqual([1, 3]);
  });

  it('lets a second connection write while a group waits for its commit (the session store)', async () => {
    const { d, file } = fileDatabase();
    const sessions = new SQLite(file, { timeout: 10 });
    sessions.exec('create table if not exists s (id text)');
    const pending = insert(d, 7);
    await finishTurn();
    // The transaction has finished but waits for the next turn to be committed: the write lock is held.
    expect(() => sessions.prepare("insert into s values ('a')").run()).toThrow(/locked|busy/i);
    commitPendingSync();
    expect(() => sessions.prepare("insert into s values ('a')").run()).not.toThrow();
    await pending;
    sessions.close();
    expect(d.sqlite.prepare('select count(*) from t').pluck().get()).toBe(1);
  });

  it('commits what waits before the database closes', async () => {
    const { d, file } = fileDatabase();
    const pending = insert(d, 9);
    await finishTurn();
    await d.close();
    opened = [];
    await pending;
    const again = new SQLite(file, { readonly: true });
    expect(again.prepare('select count(*) from t').pluck().get()).toBe(1);
    again.close();
  });
});
