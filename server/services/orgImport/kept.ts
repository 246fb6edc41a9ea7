/** A checked import file kept until it is confirmed (upload/pending.ts: server-side, for an hour), then written once. */
import type { Services } from '../../context.ts';
import { dropPending, findPending, keepPending, newToken } from '../upload/pending.ts';

type ImportKind = 'organisations' | 'contacts';

/** Keeps a right file's rows under a fresh token; null when there is nothing to write or it is too large to keep. */
export async function keepChecked(
  s: Services, userId: number, kind: ImportKind, check: { ok: boolean; toWrite: unknown[] },
): Promise<string | null> {
  if (!check.ok || !check.toWrite.length) return null;
  const token = newToken();
  return (await keepPending(s, userId, kind, token, check.toWrite)) ? token : null;
}

/** Writes the rows kept under the token and forgets them; null when the token is not one (or too old). */
export async function writeKept<T, R>(
  s: Services, userId: number, kind: ImportKind, token: string, write: (s: Services, rows: T) => Promise<R>,
): Promise<R | null> {
  const rows = await findPending<T>(s, userId, kind, token);
  if (!rows) return null;
  const result = await write(s, rows);
  await dropPending(s, token);
  return result;
}
