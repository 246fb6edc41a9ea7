/**
 * Issue 14, point 4: every table marks the viewer's own answer in its row ('Uw antwoord: Mee bezig')
 * for a participant that submitted; staff and other kinds see no mark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { seedResponse, WAVE } from './fixtures.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
  const s = ctx.services;
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
  await ctx.addUser('rijk@example.nl', 'respondent', 'RIJK');
  await ctx.addUser('regio@example.nl', 'respondent', 'JZ13');
  await ctx.addUser('analist@example.nl', 'analyst');
  for (const code of ['GM0014', 'GM0034', 'GM0037']) await seedResponse(s, code, { 'gemeente.aanpalende-domeinen.01': 'nee' });
  // Amsterdam answered one agreement and left the next one blank.
  await seedResponse(s, 'GM0363', { 'gemeente.aanpalende-domeinen.01': 'ja' });
  await seedResponse(s, 'RIJK', { 'rijk.reikwijdte.01': 'mee_bezig' });
  await seedResponse(s, 'JZ13', {});
});
afterAll(() => ctx.close());

const themePage = async (user: string, theme: string) => {
  const { agent } = await ctx.login(user);
  const res = await agent.get(`/monitor/${WAVE}/thema/${theme}`);
  expect(res.status).toBe(200);
  return $(res.text);
};

describe('the own answer in the tables', () => {
  it("marks a gemeente's answer in its row: 'Uw antwoord: Ja', and the cell of that answer", async () => {
    const page = await themePage('ams@example.nl', 'aanpalende-domeinen');
    const row = page('#rij-gemeente-aanpalende-domeinen-01');
    expect(row.find('.tag--own').text().trim()).toBe('Uw antwoord: Ja');
    const own = row.find('td.cell--own');
    expect(own.length).toBe(1);
    expect(own.text().trim()).toMatch(/% Ja$/);
    // A question of its kind it left blank says so; it is no answer column.
    const blank = page('#rij-gemeente-aanpalende-domeinen-02');
    expect(blank.find('.tag--own').text().trim()).toBe('Uw antwoord: geen antwoord');
    expect(blank.find('td.cell--own').length).toBe(0);
    // Tables of other kinds carry no mark.
    expect(page('#tabel-rijk .tag--own').length).toBe(0);
  });

  it("marks a national party's answer ('Uw antwoord: Mee bezig')", async () => {
    const page = await themePage('rijk@example.nl', 'reikwijdte');
    expect(page('#rij-rijk-reikwijdte-01 .tag--own').text().trim()).toBe('Uw antwoord: Mee bezig');
    expect(page('#rij-rijk-reikwijdte-01 td.cell--own').text().trim()).toBe('Mee bezig');
  });

  it('marks nothing for staff, or for a regio in the gemeenten table', async () => {
    const staff = await themePage('analist@example.nl', 'aanpalende-domeinen');
    expect(staff('.tag--own').length).toBe(0);
    expect(staff('.cell--own').length).toBe(0);
    const regio = await themePage('regio@example.nl', 'aanpalende-domeinen');
    expect(regio('#tabel-gemeente .tag--own').length).toBe(0);
  });
});
