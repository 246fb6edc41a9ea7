import type { Migration } from 'kysely';
import * as initial from './2026_11_22_000000_initial.ts';
import * as coordination from './2026_11_23_000001_coordination.ts';
import * as apiTokens from './2026_11_23_000002_api_tokens.ts';
import * as security from './2026_11_23_000003_security.ts';

/** Static list (no directory scanning), so migrations work the same under tsx, vitest and bundlers. */
export const migrations: Record<string, Migration> = {
  '2026_11_22_000000_initial': initial,
  '2026_11_23_000001_coordination': coordination,
  '2026_11_23_000002_api_tokens': apiTokens,
  '2026_11_23_000003_security': security,
};
