import type { Request } from 'express';

/** A form or query value as text ('' when absent or not text). */
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export const query = (req: Request, name: string): string => str((req.query as Record<string, unknown>)[name]).trim();

export const body = (req: Request, name: string): string => str((req.body as Record<string, unknown> | undefined)?.[name]);

/** Field errors → the error summary's links. */
export const errorList = (errors: Record<string, string>, prefix = ''): { href: string; text: string }[] =>
  Object.entries(errors).map(([k, text]) => ({ href: `#${prefix}${k}`, text }));

export const isAdmin = (req: Request): boolean => req.user?.role === 'admin';
