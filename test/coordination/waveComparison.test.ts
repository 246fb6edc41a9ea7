/**
 * Issue 14, point 6: per wave a coordinator switches the comparison with a named organisation off
 * for respondents (the wave form's checkbox); respondents then see only the national and regional
 * distribution, staff can still compare.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, type Session } from '../support/context.ts';
import { waveSettings } from '../support/pages.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom } from './support.ts';
import { seedResponse, WAVE } from '../support/wave.ts';

let ctx: CoordinationContext;
let coord: Session;
let respondent: Session;
let analyst: Session;

beforeAll(async () => {
  ctx = await createCoordinationContext();
  coord = await ctx.loginAs('coord@example.nl', 'coordinator');
  respondent = await ctx.loginAs('ams@example.nl', 'respondent', 'GM0363');
  analyst = await ctx.loginAs('analist@example.nl', 'analyst');
  await seedResponse(ctx.services, 'GM0363', { 'gemeente.aanpalende-domeinen.01': 'ja' });
  await seedResponse(ctx.services, 'GM0014', { 'gemeente.aanpalende-domeinen.01': 'nee' });
});
afterAll(() => ctx.close());

const waveForm = (over: Record<string, string> = {}) => ({
  opensOn: '2024-04-08', closesOn: '2024-06-30', state: 'open', ...over,
});

async function saveWave(data: Record<string, string>) {
  const csrf = await csrfFrom(coord, '/beheer/rondes');
  return coord.agent.post(`/beheer/rondes/${WAVE}`).type('form').send({ _csrf: csrf, ...data });
}

/** The switch as the wave form shows it to the coordinator. */
const named = async () => (await waveSettings(coord, WAVE)).namedComparison;

describe('the per-wave comparison switch', () => {
  it('is on by default, and the wave form shows it as a ticked checkbox with its label', async () => {
    expect(await named()).toBe(true);
    const page = $((await coord.agent.get(`/beheer/rondes/${WAVE}`)).text);
    const box = page('input[type="checkbox"]#namedComparison');
    expect(box.attr('checked')).toBeDefined();
    expect(page('label[for="namedComparison"]').text()).toContain('vergelijken met een andere organisatie, met naam');
  });

  it('lets respondents pick an organisation to compare with while it is on', async () => {
    const page = $((await respondent.agent.get(`/monitor/${WAVE}/vergelijken?met=GM0014`)).text);
    expect(page('select#met').length).toBe(1);
    expect(page('table.benchmark-table thead').first().text()).toContain('Groningen');
  });

  it('a coordinator switches it off: respondents see only the distributions, staff still compare', async () => {
    const res = await saveWave(waveForm({ namedComparisonShown: '1' })); // checkbox unticked
    expect(res.status).toBe(303);
    expect(await named()).toBe(false);

    const own = await respondent.agent.get(`/monitor/${WAVE}/vergelijken?met=GM0014`);
    expect(own.status).toBe(200);
    const page = $(own.text);
    expect(page('select#met').length).toBe(0);
    expect(page('main').text()).toContain('Vergelijken met een andere organisatie met naam staat in deze ronde uit.');
    expect(page('table.benchmark-table thead').first().text()).not.toContain('Groningen');
    expect(page('table.benchmark-table').length).toBeGreaterThan(0); // the distributions are still there

    const staff = $((await analyst.agent.get(`/monitor/${WAVE}/vergelijken?organisatie=GM0363&met=GM0014`)).text);
    expect(staff('select#met').length).toBe(1);
    expect(staff('table.benchmark-table thead').first().text()).toContain('Groningen');
  });

  it('keeps the setting when a form without the checkbox is posted, and switches back on', async () => {
    await saveWave(waveForm({ closesOn: '2024-07-01' }));
    expect(await named()).toBe(false);
    await saveWave(waveForm({ namedComparisonShown: '1', namedComparison: 'ja' }));
    expect(await named()).toBe(true);
    expect($((await respondent.agent.get(`/monitor/${WAVE}/vergelijken`)).text)('select#met').length).toBe(1);
  });
});
