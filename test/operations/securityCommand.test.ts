import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { securityCommand } from '../../scripts/commands/security.ts';
import { LIMITS } from '../../server/auth/throttle.ts';
import { loginForm, postLogin } from '../security/authSupport.ts';
import { runCommand } from '../support/admin.ts';
import { setTotp } from '../support/arrange.ts';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(() => ctx.close());

const run = (action: string, email: string) => runCommand(ctx, securityCommand, action, { email });

/** Where the login form sends the user after the password: '/inloggen/code' asks for the second factor. */
const logIn = async (password = TEST_PASSWORD) => postLogin(await loginForm(ctx), 'coord@example.nl', password);

describe('npm run admin -- security', () => {
  it('totp-uit switches a lost second factor off; deblokkeer lifts a login block', async () => {
    await ctx.addUser('coord@example.nl', 'coordinator');
    await setTotp(ctx.services, 'coord@example.nl', 'JBSWY3DPEHPK3PXP', 10);
    expect((await logIn()).headers.location).toBe('/inloggen/code');
    const off = await run('totp-uit', 'COORD@example.nl');
    expect(off.code).toBe(0);
    expect(off.out.join('\n')).toContain('Tweestapsverificatie van coord@example.nl staat uit');
    expect((await logIn()).headers.location).toBe('/');

    for (let i = 0; i < LIMITS.account.max; i++) expect((await logIn('fout-wachtwoord')).status).toBe(401);
    expect((await logIn()).status).toBe(429);
    const lifted = await run('deblokkeer', 'coord@example.nl');
    expect(lifted).toMatchObject({ code: 0, out: ['Inlogblokkade van coord@example.nl opgeheven.'] });
    const after = await logIn();
    expect(after.status).toBe(303);
    expect(after.headers.location).toBe('/');
  });

  it('says what is wrong', async () => {
    expect((await run('totp-uit', 'niemand@example.nl')).code).toBe(1);
    expect((await run('iets', 'coord@example.nl')).code).toBe(2);
  });
});
