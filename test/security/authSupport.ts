import request from 'supertest';
import { expect } from 'vitest';
import { totpCode } from '../../server/auth/totp.ts';
import { issueAccountLink } from '../support/arrange.ts';
import { $, csrfOf, type Session, type TestContext, visit } from '../support/context.ts';

type Agent = ReturnType<typeof request.agent>;

export { csrfOf };

/** An agent holding a session with a CSRF token, ready to post the login form (many times, in parallel too). */
export async function loginForm(ctx: TestContext): Promise<{ agent: Agent; csrf: string }> {
  const { agent, csrf } = await visit(ctx.app, '/inloggen');
  return { agent, csrf };
}

export const postLogin = (f: { agent: Agent; csrf: string }, email: string, password: string) =>
  f.agent.post('/inloggen').type('form').send({ _csrf: f.csrf, email, password });

/** Sent to the login page: the session does not carry a login. */
export const isAnonymous = (res: request.Response) => [302, 303].includes(res.status) && res.headers.location === '/inloggen';

/** Tallies response statuses: { 401: 5, 429: 45 }. */
export const statuses = (rs: request.Response[]) => rs.reduce<Record<number, number>>((t, r) => ({ ...t, [r.status]: (t[r.status] ?? 0) + 1 }), {});

// The login counters no page shows: read in test/support/inspect.ts.
export { countedFor, countedForAddress } from '../support/inspect.ts';

/** A reset link as the e-mail would carry it (the same row issueToken writes). */
export const resetLink = (ctx: TestContext, email: string): Promise<string> => issueAccountLink(ctx.services, email);

/** Follows a set-password link as a visitor: the page, then the form. */
export async function setPasswordThrough(ctx: TestContext, path: string, password: string) {
  const { agent, csrf } = await visit(ctx.app, path);
  return agent.post(path).type('form').send({ _csrf: csrf, password, confirm: password });
}

/** Switches on the second factor for a staff member; returns the secret (and the session that did it, still logged in). */
export async function enableTotp(ctx: TestContext, email: string): Promise<{ secret: string; me: Session }> {
  const me = await ctx.login(email);
  const setup = await me.agent.get('/account/tweestapsverificatie');
  const secret = $(setup.text)('.totp-secret code').text().replace(/\s/g, '');
  const ok = await me.agent.post('/account/tweestapsverificatie').type('form').send({ _csrf: me.csrf, code: totpCode(secret, ctx.services.now()) });
  expect(ok.status).toBe(303);
  return { secret, me };
}
