import { verifyTotp } from '../auth/totp.ts';
import { findOrganisation } from '../db/repos/organisations.ts';
import { claimTotpStep, setTotpSecret } from '../db/repos/security.ts';
import { findUserById, recordLogin } from '../db/repos/users.ts';
import type { Organisation, User } from '../db/schema.ts';
import { NotFoundError } from '../errors.ts';
import { isoNow, type Services } from '../context.ts';

/** The user's account row (with the second-factor fields), or undefined for an unknown id. */
export const findAccount = (s: Services, userId: number): Promise<User | undefined> => findUserById(s.db, userId);

/** The logged-in user's own account; a NotFoundError when it is gone. */
export async function ownAccount(s: Services, userId: number): Promise<User> {
  const row = await findAccount(s, userId);
  if (!row) throw new NotFoundError();
  return row;
}

/** The account page: the account and the organisation it answers for, if any. */
export async function accountPage(s: Services, userId: number): Promise<{ account: User; organisation: Organisation | null }> {
  const account = await ownAccount(s, userId);
  const organisation = account.organisation_code ? ((await findOrganisation(s.db, account.organisation_code)) ?? null) : null;
  return { account, organisation };
}

/** Notes the moment of a completed login. */
export async function noteLogin(s: Services, userId: number): Promise<void> {
  await recordLogin(s.db, userId, isoNow(s));
}

/** Checks a code against the account's second factor and uses it up: one code works once. */
export async function useTotpCode(s: Services, account: User, code: string): Promise<boolean> {
  const step = account.totp_secret ? verifyTotp(account.totp_secret, code, s.now(), account.totp_last_step) : null;
  return step !== null && (await claimTotpStep(s.db, account.id, step));
}

/** Switches the second factor on with a confirmed secret (`step`: the code that confirmed it, now used). */
export async function turnOnTotp(s: Services, userId: number, secret: string, step: number): Promise<void> {
  await setTotpSecret(s.db, userId, secret, step);
}

export async function turnOffTotp(s: Services, userId: number): Promise<void> {
  await setTotpSecret(s.db, userId, null, null);
}
