import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { securityCommand } from '../../scripts/commands/security.ts';
import type { CommandContext } from '../../scripts/commands/types.ts';
import { loadConfig } from '../../server/config.ts';
import { findThrottles, recordFailure, setTotpSecret } from '../../server/db/repos/security.ts';
import { findUserByEmail } from '../../server/db/repos/users.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  ctx.close();
});

const run = (action: string, email: string) =>
  securityCommand.run({ action, values: { email }, positionals: [], services: ctx.services, sqlite: ctx.database.sqlite, config: loadConfig({ NODE_ENV: 'test' }) } as CommandContext);

describe('npm run admin -- security', () => {
  it('totp-uit switches a lost second factor off; deblokkeer lifts a login block', async () => {
    const id = await ctx.addUser('coord@example.nl', 'coordinator');
    await setTotpSecret(ctx.services.db, id, 'JBSWY3DPEHPK3PXP', 10);
    expect(await run('totp-uit', 'COORD@example.nl')).toBe(0);
    expect((await findUserByEmail(ctx.services.db, 'coord@example.nl'))!.totp_secret).toBeNull();

    await recordFailure(ctx.services.db, 'account:coord@example.nl', new Date().toISOString(), '2000-01-01');
    expect(await run('deblokkeer', 'coord@example.nl')).toBe(0);
    expect((await findThrottles(ctx.services.db, ['account:coord@example.nl'])).size).toBe(0);
  });

  it('says what is wrong', async () => {
    expect(await run('totp-uit', 'niemand@example.nl')).toBe(1);
    expect(await run('iets', 'coord@example.nl')).toBe(2);
  });
});
