/**
 * Issue 14, point 4: the monitor's start page shows the overall picture per party and per theme:
 * agreements done, in progress, not started, unanswered and behind schedule, with a chart whose
 * text equivalent is the table itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overallPicture } from '../../server/domain/monitor/picture.ts';
import { buildWaveTables } from '../../server/services/monitorTables.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { seedResponse, WAVE } from './fixtures.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
  const s = ctx.services;
  await ctx.addUser('analist@example.nl', 'analyst');
  // Rijk, theme reikwijdte: one done, one in progress, one not started (due 'Start 2023': behind), the rest blank.
  await seedResponse(s, 'RIJK', { 'rijk.reikwijdte.01': 'niet_begonnen', 'rijk.reikwijdte.02': 'afgerond', 'rijk.reikwijdte.03': 'mee_bezig' });
  // Gemeenten, aanpalende domeinen (yes/no): three 'ja', one 'nee'.
  for (const [code, v] of [['GM0014', 'ja'], ['GM0034', 'ja'], ['GM0037', 'ja'], ['GM0047', 'nee']] as const) {
    await seedResponse(s, code, { 'gemeente.aanpalende-domeinen.01': v });
  }
});
afterAll(() => ctx.close());

describe('the overall picture', () => {
  it('counts a single party per agreement and groups per answer', async () => {
    const tables = await buildWaveTables(ctx.services, WAVE, {});
    const picture = overallPicture(ctx.services.surveys.get(WAVE)!, tables);
    const rijk = picture.find((p) => p.actor === 'rijk')!;
    const reikwijdte = rijk.themes.find((t) => t.themeId === 'reikwijdte')!;
    const asked = ctx.services.surveys.get(WAVE)!.questions.filter((q) => q.theme === 'reikwijdte' && q.actorKinds.includes('rijk') && q.kind === 'afspraak').length;
    expect(reikwijdte).toMatchObject({ units: asked, done: 1, inProgress: 1, notStarted: 1, unanswered: asked - 3, behind: 1 });
    const gemeenten = picture.find((p) => p.actor === 'gemeente')!;
    expect(gemeenten.themes.find((t) => t.themeId === 'aanpalende-domeinen')).toMatchObject({ units: 4, done: 3, notStarted: 1, inProgress: 0, unanswered: 0 });
    expect(gemeenten.total.units).toBe(gemeenten.themes.reduce((a, t) => a + t.units, 0));
  });

  it('is on the start page as a table per party with a bar and its text', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const page = $((await agent.get(`/monitor/${WAVE}`)).text);
    expect(page('#totaalbeeld').text()).toBe('Overkoepelend beeld');
    const rijk = page('#totaalbeeld-rijk').closest('table');
    const row = rijk.find('tbody tr').filter((_i, el) => (page(el).find('th a').attr('href') ?? '').includes('/thema/reikwijdte'));
    const cells = row.find('td').map((_i, el) => page(el).text().trim()).get();
    expect(cells.slice(1, 6)).toEqual(['1', '1', '1', String(Number(cells[0]) - 3), '1']); // done, in progress, not started, no answer, behind
    expect(row.find('svg[role="img"]').attr('aria-label')).toContain('Afgerond');
    const gem = page('#totaalbeeld-gemeente').closest('table');
    const gRow = gem.find('tbody tr').filter((_i, el) => (page(el).find('th a').attr('href') ?? '').includes('/thema/aanpalende-domeinen'));
    expect(gRow.find('td').map((_i, el) => page(el).text().trim()).get().slice(0, 4)).toEqual(['4', '75%', '0%', '25%']);
    expect(gem.find('tr.picture-total th').text()).toBe('Totaal');
  });
});
