import type { Express, NextFunction, Request, Response } from 'express';
import { bearerToken, hashApiToken, tokenRoles } from '../auth/apiTokens.ts';
import { toSessionUser } from '../auth/roles.ts';
import { findUserByTokenHash, touchApiToken } from '../db/repos/apiTokens.ts';
import { isoNow, type Services } from '../context.ts';

export const invalidTokenMessage = 'Het API-token is ongeldig of ingetrokken. Vraag een nieuw token aan bij de beheerder.';

/**
 * API tokens (Authorization: Bearer) for analysts' scripts, on /api only. Runs before CSRF: a request
 * carrying a valid token sets req.user and req.viaBearerToken, and needs no CSRF token (no cookie
 * involved). A token that is unknown, revoked, or held by someone who may no longer hold one → 401.
 */
export function setUpBearer(app: Express, s: Services): void {
  app.use('/api', (req: Request, res: Response, next: NextFunction) => {
    const token = bearerToken(req.headers.authorization);
    if (token === null) return next();
    (async () => {
      const found = token ? await findUserByTokenHash(s.db, hashApiToken(token)) : undefined;
      const user = found ? toSessionUser(found.user) : null;
      if (!found || !user || !tokenRoles.includes(user.role)) {
        res.set('WWW-Authenticate', 'Bearer error="invalid_token"').status(401).json({ error: invalidTokenMessage });
        return;
      }
      await touchApiToken(s.db, found.tokenId, isoNow(s));
      req.user = user;
      (req as Request & { viaBearerToken?: boolean }).viaBearerToken = true;
      next();
    })().catch(next);
  });
}
