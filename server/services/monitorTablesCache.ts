/**
 * The monitor tables of a wave under a filter, kept per process until the wave's data moves
 * (db/repos/waveStamp.ts checks that with one query per request). Analysts and participants open
 * the same tables again and again while submissions come in one at a time; each request still asks
 * the database, so several instances never serve each other's stale tables.
 */
import { waveDataStamp } from '../db/repos/waveStamp.ts';
import type { SegmentFilter, WaveTables } from '../domain/monitor/types.ts';
import type { Wave } from '../db/schema.ts';
import type { Services } from '../context.ts';

const MAX_ENTRIES = 64;

interface Entry {
  stamp: string;
  tables: Promise<WaveTables>;
}

// Per database (tests run many apps in one process).
const caches = new WeakMap<object, Map<string, Entry>>();

const keyOf = (wave: Wave, filter: SegmentFilter) =>
  JSON.stringify([wave, Object.entries(filter).filter(([, v]) => v !== undefined && v !== '').sort(([a], [b]) => a.localeCompare(b))]);

export async function cachedTables(
  s: Services, wave: Wave, filter: SegmentFilter, compute: () => Promise<WaveTables>,
): Promise<WaveTables> {
  let cache = caches.get(s.db);
  if (!cache) caches.set(s.db, (cache = new Map()));
  const key = keyOf(wave, filter);
  const stamp = await waveDataStamp(s.db, wave.id);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.tables;
  // Stored under the stamp read before computing: a change meanwhile makes the next request compute again.
  const tables = compute();
  cache.delete(key);
  cache.set(key, { stamp, tables });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  tables.catch(() => { if (cache.get(key)?.tables === tables) cache.delete(key); });
  return tables;
}
