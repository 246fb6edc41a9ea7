import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantExtension } from '../../server/services/coordination/extensions.ts';
import { loadResponseTarget } from '../../server/services/responseView.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { WAVE } from '../support/wave.ts';
import { open2025, WAVE_2025 } from './support.ts';

/**
 * Issue 18: a save reads its organisation and the extension that counts in one query
 * (organisationInWave). The rule stays issue 16's: the newest grant of that wave counts, also when
 * it is earlier than an older one; another wave's grant does not.
 */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext(new Date('2024-05-15T10:00:00Z'));
  await open2025(ctx.services);
  const coordinator = await ctx.addUser('coord@example.nl', 'coordinator');
  const grant = async (waveId: string, org: string, closesOn: string, reason: string) =>
    expect(await grantExtension(ctx.services, org, { waveId, closesOn, reason }, coordinator)).toEqual({});
  await grant(WAVE, 'GM0363', '31-07-2024', 'Eerste verlenging');
  await grant(WAVE, 'GM0363', '14-07-2024', 'Later ingekort');
  await grant(WAVE_2025, 'GM0014', '31-08-2025', 'Andere ronde');
});
afterAll(() => ctx.close());

const target = (wave: string, org: string) => loadResponseTarget(ctx.services, wave, org);

describe('the organisation and its extension, read together', () => {
  it("gives the organisation with its wave's newest grant", async () => {
    const t = await target(WAVE, 'GM0363');
    expect(t.organisation).toMatchObject({ code: 'GM0363', actor_kind: 'gemeente' });
    expect(Object.keys(t.organisation).some((k) => k.startsWith('ext_'))).toBe(false);
    expect(t.extension).toEqual({ closesOn: '2024-07-14', reason: 'Later ingekort' });
    expect(t.closesOn).toBe('2024-07-14');
  });

  it("ignores another wave's grant and has none without one", async () => {
    expect((await target(WAVE, 'GM0014')).extension).toBeNull();
    expect((await target(WAVE_2025, 'GM0014')).extension).toEqual({ closesOn: '2025-08-31', reason: 'Andere ronde' });
    expect((await target(WAVE_2025, 'GM0363')).extension).toBeNull();
  });

  it('is not found for an unknown organisation', async () => {
    await expect(target(WAVE, 'GM9999')).rejects.toThrow();
  });
});
