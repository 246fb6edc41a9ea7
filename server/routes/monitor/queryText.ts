// One trimmed text parameter of the query string, shared by the monitor's dashboard routes.
import type { Request } from 'express';

/** The query parameter `name` trimmed, or '' when it is absent or not a single value. */
export const text = (req: Request, name: string): string => {
  const v = req.query[name];
  return typeof v === 'string' ? v.trim() : '';
};
