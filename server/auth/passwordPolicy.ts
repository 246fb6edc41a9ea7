import { dictionary } from '@zxcvbn-ts/language-common';
import { MIN_PASSWORD_LENGTH } from './passwords.ts';

export const MAX_PASSWORD_LENGTH = 200;

// The common-password list of zxcvbn-ts (about 49,000 passwords seen most in breaches), built once on first use.
let common: Set<string> | null = null;
const isCommon = (password: string): boolean => {
  common ??= new Set(dictionary['passwords-common']);
  return common.has(password.toLowerCase());
};

/** Plain-language problems with a new password, or null when it is acceptable. Shared by the web forms and the CLI. */
export function passwordProblem(password: string, email: string | null = null): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Kies een wachtwoord van maximaal ${MAX_PASSWORD_LENGTH} tekens.`;
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase())
    return 'Kies een wachtwoord dat niet gelijk is aan uw e-mailadres.';
  if (isCommon(password.trim())) {
    return 'Dit wachtwoord wordt veel gebruikt en is daardoor makkelijk te raden. ' +
      'Kies een ander wachtwoord, bijvoorbeeld een zin van een paar woorden.';
  }
  return null;
}
