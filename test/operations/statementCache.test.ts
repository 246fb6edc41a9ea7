import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
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
