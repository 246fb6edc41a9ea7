import { authenticator } from 'otplib';
import type { Role } from './roles.ts';

/** Staff who see many organisations' answers may add a second factor; respondents do not need it. */
export const TOTP_ROLES: readonly Role[] = ['coordinator', 'analyst', 'admin'];
export const canUseTotp = (role: Role): boolean => TOTP_ROLES.includes(role);

const STEP_SECONDS = 30;
const ISSUER = 'Afsprakenmonitor';

/** 160 bits, as RFC 4226 recommends; base32 as authenticator apps expect. */
export const newTotpSecret = (): string => authenticator.generateSecret(20);

export const totpUri = (email: string, secret: string): string => authenticator.keyuri(email, ISSUER, secret);

/** The key in groups of four, easier to type over into an app. */
export const groupedSecret = (secret: string): string => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

const at = (now: Date) => authenticator.clone({ epoch: now.getTime(), window: 1, step: STEP_SECONDS });

/** The code an app shows at `now` (tests and the set-up check). */
export const totpCode = (secret: string, now: Date): string => at(now).generate(secret);

/**
 * Checks a code (one step of clock drift either way) and returns its time step, or null.
 * A step at or before `lastStep` was used already: refused, so an overheard code cannot be replayed.
 */
export function verifyTotp(secret: string, code: string, now: Date, lastStep: number | null): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = at(now).checkDelta(token, secret);
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / STEP_SECONDS) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}
