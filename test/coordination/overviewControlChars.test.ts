import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setOrganisation } from '../support/arrange.ts';
import { createTestContext, type Session, type TestContext } from '../support/context.ts';
import { download, readXlsx } from '../exchange/support.ts';

/*
 * The response overview's workbook and CSVs write organisation names. A name with a control
 * character (pasted into an import, or edited straight in the database) must not make the
 * workbook unreadable: the characters XML cannot hold are dropped, the rest of the name stays.
 */
let ctx: TestContext;
let coordinator: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  await setOrganisation(ctx.services, 'GM0363', { name: 'Amster\u0001dam\u001b' });
  coordinator = await ctx.loginAs('coord@example.nl', 'coordinator');
});
afterAll(() => ctx.close());

describe('control characters in the response overview exports', () => {
  it('the workbook opens and shows the name without them', async () => {
    const { res, body } = await download(coordinator.agent, '/beheer/respons/download.xlsx');
    expect(res.status).toBe(200);
    const wb = await readXlsx(body);
    const names: string[] = [];
    wb.getWorksheet('Niet ingediend')!.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string') names.push(c.value); }));
    expect(names).toContain('Amsterdam');
  });

  it('the CSV of organisations that have not submitted has none of them', async () => {
    const { body } = await download(coordinator.agent, '/beheer/respons/niet-ingediend.csv');
    const text = body.toString('utf8');
    expect(text).toContain('Amsterdam');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});
