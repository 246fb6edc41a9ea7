import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../support/context.ts';
import { WAVE } from '../support/forms.ts';

const ORG = 'RIJK';
const url = `/api/waves/${WAVE}/responses/${ORG}`;
let ctx: TestContext;
let s: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  s = await ctx.loginAs('rijk@example.nl', 'respondent', ORG);
});
afterAll(() => ctx.close());

const put = (body: unknown, token: string | null = s.csrf) => {
  const req = s.agent.put(url).set('Accept', 'application/json');
  if (token) req.set('X-CSRF-Token', token);
  return req.send(body as object);
};

describe('JSON API', () => {
  it('lists waves with their fieldwork', async () => {
    const res = await s.agent.get('/api/waves');
    expect(res.body).toEqual([
      expect.objectContaining({ id: WAVE, fieldwork: 'open', opensOn: '2024-04-08', closesOn: '2024-06-30', referenceDate: '2024-06-30' }),
    ]);
  });

  it('describes every question of the wave', async () => {
    const def = (await s.agent.get(`/api/waves/${WAVE}/definition`)).body;
    expect(def.questions).toHaveLength(122);
    const q = def.questions.find((x: { id: string }) => x.id === 'rijk.reikwijdte.01');
    expect(q).toMatchObject({ actorKinds: ['rijk'], theme: 'reikwijdte', type: 'status', planning: 'Start 2023' });
    expect(q.options.map((o: { code: string }) => o.code)).toEqual(['niet_begonnen', 'mee_bezig', 'bijna_klaar', 'afgerond']);
    const shared = def.questions.filter((x: { agreementKey: string | null }) => x.agreementKey === 'onderwijstijd-cluster-3-4');
    expect(shared.map((x: { id: string }) => x.id).sort()).toEqual(['rijk.aanpalende-domeinen.01', 'vng.aanpalende-domeinen.01']);
  });

  it('refuses a state-changing request without the CSRF header', async () => {
    const res = await put({ version: 0, answers: { 'rijk.reikwijdte.01': 'afgerond' } }, null);
    expect(res.status).toBe(403);
  });

  it('saves answers by question id and returns the new version', async () => {
    const res = await put({ version: 0, answers: { 'rijk.reikwijdte.01': 'afgerond', 'rijk.reikwijdte.01.toelichting': 'Gestart in 2023.' } });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(1);
    expect(res.body.changed.sort()).toEqual(['rijk.reikwijdte.01', 'rijk.reikwijdte.01.toelichting']);
    const got = await s.agent.get(url);
    expect(got.body).toMatchObject({ state: 'concept', version: 1, answers: { 'rijk.reikwijdte.01': 'afgerond' } });
  });

  it('validates like the forms: 422 with a Dutch message per refused field, the valid ones saved', async () => {
    const res = await put({ version: 1, answers: { 'rijk.reikwijdte.02': 'klaar', 'gemeente.reikwijdte.01': 'ja', 'rijk.reikwijdte.01': 'mee_bezig' } });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({
      'rijk.reikwijdte.02': 'Kies een van de gegeven antwoorden.',
      'gemeente.reikwijdte.01': 'Deze vraag hoort niet bij de vragenlijst van uw organisatie.',
    });
    expect(res.body.changed).toEqual(['rijk.reikwijdte.01']);
    expect(res.body.version).toBe(2);
    expect((await s.agent.get(url)).body.answers['rijk.reikwijdte.01']).toBe('mee_bezig');
  });

  it('reports a conflict for a stale version instead of overwriting', async () => {
    const colleague = await ctx.loginAs('rijk2@example.nl', 'respondent', ORG);
    const ok = await colleague.agent.put(url).set('X-CSRF-Token', colleague.csrf).send({ version: 2, answers: { 'rijk.reikwijdte.01': 'bijna_klaar' } });
    expect(ok.status).toBe(200);
    const res = await put({ version: 2, answers: { 'rijk.reikwijdte.01': 'niet_begonnen' } });
    expect(res.status).toBe(409);
    expect(res.body.conflicts).toEqual([{ field: 'rijk.reikwijdte.01', mine: 'niet_begonnen', theirs: 'bijna_klaar' }]);
    expect(res.body.version).toBe(3);
  });

  it('submits only when complete', async () => {
    // A definition that refuses open required questions (the engine's default; the 2024 file confirms them).
    const survey = ctx.services.surveys.get(WAVE)!;
    survey.openAtSubmit = 'refuse';
    onTestFinished(() => { survey.openAtSubmit = 'confirm'; });
    const submit = () => s.agent.post(`${url}/submit`).set('X-CSRF-Token', s.csrf);
    const refused = await submit();
    expect(refused.status).toBe(422);
    expect(refused.body.missing.length).toBeGreaterThan(0);
    const def = (await s.agent.get(`/api/waves/${WAVE}/definition`)).body;
    const answers: Record<string, unknown> = {};
    for (const q of def.questions) {
      if (!q.actorKinds.includes('rijk') || !q.required || q.condition) continue;
      answers[q.id] = q.options?.[0]?.code ?? 1;
    }
    const saved = await put({ version: 3, answers });
    expect(saved.status).toBe(200);
    const done = await submit();
    expect(done.status).toBe(200);
    expect(done.body.state).toBe('ingediend');
    expect(done.body.submittedAt).toBe('2024-05-15T10:00:00.000Z');
    const locked = await put({ version: done.body.version, answers: { 'rijk.reikwijdte.01': 'afgerond' } });
    expect(locked.status).toBe(409);
    expect(locked.body.error).toContain('al ingediend');
  });

  it('asks for a login without a session', async () => {
    const { default: request } = await import('supertest');
    const res = await request(ctx.app).get(url);
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('Log in om verder te gaan.');
  });
});
