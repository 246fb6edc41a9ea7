import type SQLite from 'better-sqlite3';

type Row = Record<string, unknown>;
type Mapper = { width: number; make: (values: unknown[]) => Row };

/**
 * Rows of a statement as objects, made in JavaScript from its rows as arrays (raw mode): better-sqlite3
 * sets each column on a fresh object from C++, which took a third of a 400-row page query (the response
 * overview, the organisation list; issue 18). One function per statement builds the object as a literal,
 * so every row has the same shape. Same values, same keys in the same order; a name that occurs twice
 * keeps its last value, as before.
 */
const mappers = new WeakMap<SQLite.Statement, Mapper>();

function mapperOf(stmt: SQLite.Statement, width: number): Mapper['make'] {
  const known = mappers.get(stmt);
  // A schema change (a migration) can change what `select *` returns: a new width builds anew.
  if (known && known.width === width) return known.make;
  const names = stmt.columns().map((c) => c.name);
  // As a literal key '__proto__' would set the prototype; our SQL never names a column so, but be exact.
  if (names.includes('__proto__')) {
    const make = (r: unknown[]) => Object.fromEntries(names.map((n, i) => [n, r[i]]));
    mappers.set(stmt, { width: names.length, make });
    return make;
  }
  const body = `return {${names.map((n, i) => `${JSON.stringify(n)}: r[${i}]`).join(', ')}};`;
  const make = new Function('r', body) as Mapper['make'];
  mappers.set(stmt, { width: names.length, make });
  return make;
}

/** All rows of a reading statement, as objects. */
export function allAsObjects(stmt: SQLite.Statement, parameters: readonly unknown[]): Row[] {
  const rows = stmt.raw(true).all(parameters) as unknown[][];
  if (rows.length === 0) return [];
  const make = mapperOf(stmt, rows[0]!.length);
  return rows.map(make);
}
