/** E-mail address checks shared by invitations and the organisation import. */
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[A-Za-z]{2,}$/;

export const isValidEmail = (email: string): boolean => email.length <= 254 && EMAIL.test(email);

/** Addresses typed one per line or separated by commas or semicolons, normalised and without repeats. */
export function parseEmailList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    const e = part.trim().toLowerCase();
    if (e && !out.includes(e)) out.push(e);
  }
  return out;
}
