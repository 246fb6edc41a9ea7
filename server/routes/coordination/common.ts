import type { Request } from 'express';

// The request-value readers live in routes/requestValues.ts; re-exported for the coordination routes.
export { body, list, query, str } from '../requestValues.ts';

/** Field errors → the error summary's links. */
export const errorList = (errors: Record<string, string>, prefix = ''): { href: string; text: string }[] =>
  Object.entries(errors).map(([k, text]) => ({ href: `#${prefix}${k}`, text }));

export const isAdmin = (req: Request): boolean => req.user?.role === 'admin';
