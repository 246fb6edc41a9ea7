import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenCommand } from '../../scripts/commands/token.ts';
import type { WaveTables } from '../../server/domain/monitor/types.ts';
import { runCommand } from '../support/admin.ts';
import { issueApiToken } from '../support/arrange.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { seedResponse, WAVE } from './fixtures.ts';

let ctx: TestContext;
let analystToken: string;
let respondentToken: string;
let revokedToken: string;
beforeAll(async () => {
  ctx = await createTestContext();
  const s = ctx.services;
  const analyst = await ctx.addUser('analist@example.nl', 'analyst');
  const respondent = await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
  analystToken = await issueApiToken(s, analyst, { label: 'script' });
  // A token that somehow belongs to a respondent (e.g. a role changed later) is refused.
  respondentToken = await issueApiToken(s, respondent);
  revokedToken = await issueApiToken(s, analyst, { revoked: true });
  for (const [code, v] of [['GM0014', 'ja'], ['GM0034', 'ja'], ['GM0037', 'nee'], ['GM0363', 'ja']] as const) {
    await seedResponse(s, code, { 'gemeente.aanpalende-domeinen.01': v });
  }
});
afterAll(() => ctx.close());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const rowOf = (t: WaveTables, id: string) => t.themes.flatMap((x) => x.tables).flatMap((x) => x.rows).find((r) => r.questionId === id)!;

describe('GET /api/waves/:wave/tables', () => {
  it('returns the same figures as the pages, with the same filters', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const api = await agent.get(`/api/waves/${WAVE}/tables?inwoners=ge100k`);
    expect(api.status).toBe(200);
    const body = api.body as WaveTables;
    expect(body.filter).toEqual({ inhabitants: 'ge100k' });
    expect(body.segmented).toBe(true);
    const row = rowOf(body, 'gemeente.aanpalende-domeinen.01');
    expect(row).toMatchObject({ n: 3, suppressed: true }); // Groningen, Almere, Amsterdam: fewer than 5
    const national = (await agent.get(`/api/waves/${WAVE}/tables`)).body as WaveTables;
    const all = rowOf(national, 'gemeente.aanpalende-domeinen.01');
    expect(all).toMatchObject({ n: 4, cells: [75, 25], counts: [3, 1], isYesNo: true, cellLabels: ['Ja', 'Nee'] });
    const page = $((await agent.get(`/monitor/${WAVE}/thema/aanpalende-domeinen`)).text);
    const cells = page('#rij-gemeente-aanpalende-domeinen-01 td').map((_, el) => page(el).text().trim()).get();
    expect(cells).toContain(`${all.cells[0]}% Ja`);
    expect(cells).toContain(`${all.cells[1]}% Nee`);
  });

  it('answers an invalid filter with 422 and the messages per field', async () => {
    const { agent } = await ctx.login('analist@example.nl');
    const res = await agent.get(`/api/waves/${WAVE}/tables?regio=JZ99`);
    expect(res.status).toBe(422);
    expect(res.body.errors.regio).toContain('JZ99');
  });

  it('accepts an analyst’s API token without a session or CSRF token', async () => {
    const res = await request(ctx.app).get(`/api/waves/${WAVE}/tables`).set(bearer(analystToken));
    expect(res.status).toBe(200);
    expect(rowOf(res.body, 'gemeente.aanpalende-domeinen.01').n).toBe(4);
    expect(res.headers['set-cookie']).toBeUndefined();
    // The beheerder's token list says when it was last used.
    const listed = await runCommand(ctx, tokenCommand, 'list', { email: 'analist@example.nl' });
    expect(listed.code).toBe(0);
    const script = listed.out.find((line) => line.split('\t')[1] === 'script');
    expect(script).toContain(`laatst gebruikt ${ctx.services.now().toISOString()}`);
  });

  it('refuses unknown, revoked and respondent tokens with 401 in Dutch', async () => {
    for (const token of ['amt_onzin', revokedToken, respondentToken, '']) {
      const res = await request(ctx.app).get(`/api/waves/${WAVE}/tables`).set('Authorization', `Bearer ${token}`);
      expect(res.status, token).toBe(401);
      expect(res.body.error).toBe('Het API-token is ongeldig of ingetrokken. Vraag een nieuw token aan bij de beheerder.');
      expect(res.headers['www-authenticate']).toContain('Bearer');
    }
  });

  it('answers 404 in JSON for an unknown wave', async () => {
    const res = await request(ctx.app).get('/api/waves/bestaat-niet/tables').set(bearer(analystToken));
    expect(res.status).toBe(404);
    expect(res.body.error).toBeTruthy();
  });

  it('needs a login or a token', async () => {
    const res = await request(ctx.app).get(`/api/waves/${WAVE}/tables`);
    expect(res.status).toBe(401);
  });
});
