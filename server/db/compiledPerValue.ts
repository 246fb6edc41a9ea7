import { createQueryId, type Compilable, type CompiledQuery, type QueryResult } from 'kysely';
import type { Db } from './database.ts';
import { isPostgres } from './dialect.ts';

/**
 * A query whose SQL depends on its arguments (a segment's conditions: which columns, how many
 * values), compiled by kysely once per distinct set of arguments and dialect. Building and compiling
 * was a fifth of a small segment's tables (issue 18); precompiled.ts covers queries of fixed shape.
 * The arguments must be plain data (they are the key, as JSON); the data itself is read on every call.
 * The cache is bounded: a wave has a few hundred segment combinations, not more.
 */
export function compiledPerValue<A extends unknown[], R>(build: (db: Db, ...args: A) => Compilable<R>, limit = 256) {
  const cache = new Map<string, CompiledQuery<R>>();
  return (db: Db, ...args: A): Promise<QueryResult<R>> => {
    const key = `${isPostgres(db)}:${JSON.stringify(args)}`;
    let compiled = cache.get(key);
    if (!compiled) {
      if (cache.size >= limit) cache.clear();
      cache.set(key, (compiled = build(db, ...args).compile()));
    }
    return db.executeQuery<R>({ ...compiled, queryId: createQueryId() });
  };
}
