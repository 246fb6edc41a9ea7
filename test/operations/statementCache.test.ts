import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { allAsObjects } from '../../server/db/rowObjects.ts';
import { withStatementCache } from '../../server/db/statementCache.ts';

describe('prepared statement cache', () => {
  it('reuses a statement for the same SQL, and gives a fresh one while it is being iterated', () => {
    const sqlite = new SQLite(':memory:');
    sqlite.exec('create table t (n integer); insert into t values (1), (2), (3)');
    const db = withStatementCache(sqlite);
    const a = db.prepare('select n from t order by n');
    expect(db.prepare('select n from t order by n')).toBe(a);
    const rows = a.iterate([]);
    rows.next();
    // Nested use of the same query while the first is still open (a streamed query).
    const b = db.prepare('select n from t order by n');
    expect(b).not.toBe(a);
    expect(b.all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect([...rows]).toEqual([{ n: 2 }, { n: 3 }]);
    db.close();
    expect(sqlite.open).toBe(false);
  });
});

// Issue 18: rows are made into objects in JavaScript from raw arrays (server/db/rowObjects.ts).
describe('rows as objects from raw mode', () => {
  const objects = (sqlite: SQLite.Database, sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params);

  it('gives the same objects as better-sqlite3, keys in the same order, a repeated name its last value', () => {
    const sqlite = new SQLite(':memory:');
    sqlite.exec(`create table t (id integer primary key, name text, n real, b blob, empty text);
      insert into t values (1, 'Één', 2.5, x'00ff', null), (2, 'b''c', -1, null, '')`);
    for (const sql of [
      'select * from t order by id',
      'select id, name as "naam met spatie", count(*) over () as "count(*)", id as name from t order by id',
      'select max(n) from t',
      'select * from t where id = ?',
    ]) {
      const stmt = sqlite.prepare(sql);
      const params = sql.includes('?') ? [2] : [];
      const made = allAsObjects(stmt, params);
      const native = objects(sqlite, sql, ...params);
      expect(made).toEqual(native);
      expect(made.map((r) => Object.keys(r))).toEqual(native.map((r) => Object.keys(r as object)));
      expect(allAsObjects(stmt, [-1].slice(0, params.length))).toEqual(objects(sqlite, sql, ...[-1].slice(0, params.length)));
    }
    sqlite.close();
  });

  it('follows a schema change under a statement it made objects for before', () => {
    const sqlite = new SQLite(':memory:');
    sqlite.exec("create table t (a integer); insert into t values (1)");
    const stmt = sqlite.prepare('select * from t');
    expect(allAsObjects(stmt, [])).toEqual([{ a: 1 }]);
    sqlite.exec("alter table t add column b text default 'x'");
    expect(allAsObjects(stmt, [])).toEqual([{ a: 1, b: 'x' }]);
    sqlite.close();
  });

  it('keeps a column named __proto__ as an own key', () => {
    const sqlite = new SQLite(':memory:');
    const [row] = allAsObjects(sqlite.prepare('select 1 as "__proto__", 2 as x'), []);
    expect(Object.getOwnPropertyNames(row)).toEqual(['__proto__', 'x']);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    sqlite.close();
  });
});
