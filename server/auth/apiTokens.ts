import { createHash, randomBytes } from 'node:crypto';
import type { Role } from './roles.ts';

/** Roles that may hold an API token: people who read or coordinate, never respondents. */
export const tokenRoles: Role[] = ['analyst', 'coordinator', 'admin'];

const PREFIX = 'amt_';

/** A new token: 256 random bits, recognisable by its prefix (for secret scanners and people). */
export const newApiToken = (): string => PREFIX + randomBytes(32).toString('base64url');

/** Tokens are stored only as this hash (fast is fine: the token itself is not guessable). */
export const hashApiToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Reads 'Bearer <token>' from an Authorization header; null when it is not a bearer header. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1]! : header.toLowerCase().startsWith('bearer') ? '' : null;
}
