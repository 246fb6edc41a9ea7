import type { Request } from 'express';

/** A form or query value as text ('' when absent or not text). */
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A form field that may come more than once (checkboxes, a multiple select) as its texts. */
export const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v ? [v] : [];

export const query = (req: Request, name: string): string => str((req.query as Record<string, unknown>)[name]).trim();

export const body = (req: Request, name: string): string => str((req.body as Record<string, unknown> | undefined)?.[name]);

/** Field errors → the error summary's links. */
export const errorList = (errors: Record<string, string>, prefix = ''): { href: string; text: string }[] =>
  Object.entries(errors).map(([k, text]) => ({ href: `#${prefix}${k}`, text }));

export const isAdmin = (req: Request): boolean => req.user?.role === 'admin';
