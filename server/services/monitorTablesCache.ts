/**
 * What the monitor computes from a wave (its tables under a filter, a theme's explanations), kept
 * per process until the wave's data moves (db/repos/waveStamp.ts checks that with one query per
 * request). Analysts and participants open the same pages again and again while submissions come in
 * one at a time; each request still asks the database, so several instances never serve each
 * other's stale figures.
 */
import { waveDataStamp } from '../db/repos/waveStamp.ts';
import type { SegmentFilter } from '../domain/monitor/types.ts';
import type { Wave } from '../db/schema.ts';
import type { Services } from '../context.ts';

// The tables of a few dozen filters and the explanations of their themes.
const MAX_ENTRIES = 128;

interface Entry {
  stamp: string;
  value: Promise<unknown>;
}

// Per database (tests run many apps in one process).
const caches = new WeakMap<object, Map<string, Entry>>();

/** A filter as a key: the same choices in any order, blanks left out. */
export const filterKey = (filter: SegmentFilter) =>
  Object.entries(filter).filter(([, v]) => v !== undefined && v !== '').sort(([a], [b]) => a.localeCompare(b));

export interface WaveCache {
  /** The value under this key (plain data, as JSON) computed from the wave as it is now. */
  get<T>(key: unknown, compute: () => Promise<T>): Promise<T>;
}

/** The wave's cache as its data stands at this moment: one stamp query, then any number of lookups. */
export async function waveCache(s: Services, wave: Wave): Promise<WaveCache> {
  let cache = caches.get(s.db);
  if (!cache) caches.set(s.db, (cache = new Map()));
  const entries = cache;
  const stamp = await waveDataStamp(s.db, wave.id);
  return {
    get<T>(key: unknown, compute: () => Promise<T>): Promise<T> {
      const k = JSON.stringify([wave, key]);
      const hit = entries.get(k);
      if (hit && hit.stamp === stamp) return hit.value as Promise<T>;
      // Stored under the stamp read before computing: a change meanwhile makes the next request compute again.
      const value = compute();
      entries.delete(k);
      entries.set(k, { stamp, value });
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      value.catch(() => { if (entries.get(k)?.value === value) entries.delete(k); });
      return value;
    },
  };
}
