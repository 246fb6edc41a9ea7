import type { Request, Response } from 'express';
import type { TokenStatus } from '../../services/invitations.ts';

export { str } from '../requestValues.ts';

/** Used, expired, replaced or unknown links: say which, and offer a way on. */
const linkProblemStatus: Record<Exclude<TokenStatus, 'valid'>, number> = {
  used: 410, expired: 410, revoked: 410, inactive: 403, unknown: 404,
};

export function renderLinkProblem(res: Response, status: Exclude<TokenStatus, 'valid'>, token: string) {
  res.status(linkProblemStatus[status]).render('account/linkProblem', { title: 'Deze link werkt niet meer', status, token });
}

export const noStore = (_req: Request, res: Response, next: () => void) => {
  // Pages with a token in the address are not cached, by the browser or a proxy.
  res.set('Cache-Control', 'no-store');
  next();
};
