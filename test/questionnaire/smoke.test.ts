import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
});
afterAll(() => ctx.close());

describe('start page', () => {
  it('shows the themes of a gemeente with progress', async () => {
    const { agent } = await ctx.login('ams@example.nl');
    const res = await agent.get('/vragenlijst').redirects(1);
    expect(res.status).toBe(200);
    const page = $(res.text);
    expect(page('h1').text()).toContain('Monitor');
    expect(page('.progress-table tbody tr').length).toBeGreaterThan(5);
    expect(page('.progress-table').text()).toContain('0 van');
  });
});
