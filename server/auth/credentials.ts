import { findUserByEmail } from '../db/repos/users.ts';
import type { Services } from '../context.ts';
import { verifyPassword } from './passwords.ts';
import { toSessionUser, type SessionUser } from './roles.ts';

/** E-mail and password: the user, or null. Always verifies (against a dummy hash when unknown): same answer, same timing. */
export async function verifyCredentials(s: Services, email: string, password: string): Promise<SessionUser | null> {
  const user = await findUserByEmail(s.db, email);
  const ok = await verifyPassword(user?.active ? user.password_hash : null, password);
  return ok && user ? toSessionUser(user) : null;
}
