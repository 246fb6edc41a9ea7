// Reading a request's form and query values as text: the one place every route takes them from.
import type { Request } from 'express';

/** A form or query value as text ('' when absent or not text). */
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A form field that may come more than once (checkboxes, a multiple select) as its texts. */
export const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v ? [v] : [];

/** The query parameter `name` trimmed, or '' when it is absent or not a single value. */
export const query = (req: Request, name: string): string => str((req.query as Record<string, unknown>)[name]).trim();

export const body = (req: Request, name: string): string => str((req.body as Record<string, unknown> | undefined)?.[name]);
