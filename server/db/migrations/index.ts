import type { Migration } from 'kysely';
import * as initial from './2026_11_22_000000_initial.ts';

/** Static list (no directory scanning), so migrations work the same under tsx, vitest and bundlers. */
export const migrations: Record<string, Migration> = {
  '2026_11_22_000000_initial': initial,
};
