import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The published 2024 distributions (verdelingen-2024.json, source in SOURCES.md), for synthetic demo answers only. */
export interface PublishedDistributions {
  /** The survey (and wave) id they are of. */
  wave: string;
  /** Question id → option code → percentage. */
  profile: Record<string, Record<string, number>>;
}

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'verdelingen-2024.json');

export function publishedDistributions(): PublishedDistributions {
  type File = { wave: string; questions: Record<string, { percentages: Record<string, number> }> };
  const json = JSON.parse(readFileSync(FILE, 'utf8')) as File;
  return { wave: json.wave, profile: Object.fromEntries(Object.entries(json.questions).map(([id, q]) => [id, q.percentages])) };
}
