import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (OWASP-recommended memory/time cost).
export const hashPassword = (password: string): Promise<string> => hash(password);

// A fixed hash to verify against when the e-mail is unknown, so timing does not reveal which accounts exist.
let dummy: Promise<string> | null = null;

export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    dummy ??= hash('niet-bestaand-account');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

export const MIN_PASSWORD_LENGTH = 12;
