import { createQueryId, type Compilable, type CompiledQuery, type QueryResult, type RootOperationNode } from 'kysely';
import type { Db } from './database.ts';
import { isPostgres } from './dialect.ts';

/** What the builder gets in place of argument i: a text no real value is. */
const standIn = (i: number) => `\u0000precompiled argument ${i}\u0000`;

interface Compiled {
  sql: string;
  /**
   * The tree it was compiled from: the driver asks its kind (groupCommit.ts treats anything but a select
   * outside a transaction as a write, which first commits what waits; a raw query looked like one).
   */
  query: RootOperationNode;
  /** Per parameter: the index of the argument that goes there, or a value the builder fixed. */
  slots: ({ arg: number } | { value: unknown })[];
}

/**
 * A query of fixed shape, built and compiled by kysely once per dialect instead of on every call.
 * kysely builds immutable query trees and compiles them anew each time: for the dozen statements
 * of a save that was a tenth of the server's CPU (npm run bench, issue 18). The builder is called
 * once with stand-ins for its arguments; each call puts its real values where those ended up.
 *
 * Only for queries whose SQL text never depends on the values: no `in` lists of varying length,
 * no `$if` on an argument. Dialect-dependent shapes (`$if(isPostgres(db), …)`) are fine.
 * Works on the database and inside a transaction alike (the same compiler).
 */
export function precompiled<A extends unknown[], R>(build: (db: Db, ...args: A) => Compilable<R>) {
  const byDialect = new Map<boolean, Compiled>();
  const compile = (db: Db, arity: number): Compiled => {
    const stands = Array.from({ length: arity }, (_, i) => standIn(i));
    const { sql, parameters, query } = build(db, ...(stands as A)).compile();
    const slots = parameters.map((p) => {
      const arg = typeof p === 'string' ? stands.indexOf(p) : -1;
      return arg >= 0 ? { arg } : { value: p };
    });
    const used = new Set(slots.flatMap((s) => ('arg' in s ? [s.arg] : [])));
    // An argument the SQL does not carry as a parameter was used for the shape: not precompilable.
    if (used.size !== arity) throw new Error(`precompiled query uses ${used.size} of its ${arity} arguments as parameters: ${sql}`);
    return { sql, query, slots };
  };
  return async (db: Db, ...args: A): Promise<QueryResult<R>> => {
    const pg = isPostgres(db);
    let c = byDialect.get(pg);
    if (!c) byDialect.set(pg, (c = compile(db, args.length)));
    const parameters = c.slots.map((s) => ('arg' in s ? args[s.arg] : s.value));
    const compiled: CompiledQuery<R> = { sql: c.sql, query: c.query, parameters, queryId: createQueryId() };
    return db.executeQuery<R>(compiled);
  };
}
