import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../support/context.ts';
import { seedResponse } from '../support/wave.ts';
import { open2025, WAVE_2025 } from './support.ts';

/**
 * Issue 18: a save no longer reads the copies from last year again after writing; what it answers
 * ('copied') is worked out from what it read before. It must match what a fresh read gives.
 */
const ORG = 'GM0363';
const url = `/api/waves/${WAVE_2025}/responses/${ORG}`;
let ctx: TestContext;
let s: Session;
type Body = { version: number; answers: Record<string, unknown>; copied: string[]; changed: string[] };

beforeAll(async () => {
  ctx = await createTestContext(new Date('2024-05-15T10:00:00Z'));
  await seedResponse(ctx.services, ORG, {
    'gemeente.residentieel.01': 'mee_bezig', 'gemeente.lokale-teams.01': 'ja', 'gemeente.reikwijdte.01': 'nee',
  });
  await open2025(ctx.services);
  ctx.setNow(new Date('2025-05-15T10:00:00Z'));
  await ctx.addUser('ams@example.nl', 'respondent', ORG);
  s = await ctx.login('ams@example.nl');
  await s.agent.post(`/vragenlijst/${WAVE_2025}/${ORG}/vorig-jaar`).type('form').send({ _csrf: s.csrf });
});
afterAll(() => ctx.close());

const read = async () => (await s.agent.get(url)).body as Body;
const save = async (answers: Record<string, unknown>) => {
  const now = await read();
  const bases = Object.fromEntries(Object.keys(answers).map((k) => [k, now.answers[k] ?? null]));
  const res = await s.agent.put(url).set('x-csrf-token', s.csrf).send({ version: now.version, bases, answers });
  expect(res.status, JSON.stringify(res.body.errors)).toBe(200);
  return res.body as Body;
};

describe("a save's answer names the copies still unconfirmed", () => {
  it('starts with the three copies', async () => {
    expect((await read()).copied).toEqual(['gemeente.lokale-teams.01', 'gemeente.reikwijdte.01', 'gemeente.residentieel.01']);
  });

  it('a save of another field leaves them, and says so', async () => {
    const saved = await save({ 'gemeente.lokale-teams.11': 'ja' });
    expect(saved.changed).toEqual(['gemeente.lokale-teams.11']);
    expect(saved.copied).toEqual((await read()).copied);
    expect(saved.copied).toHaveLength(3);
  });

  it('changing a copy makes it count: gone from the list the save answers and from a fresh read', async () => {
    const saved = await save({ 'gemeente.reikwijdte.01': 'ja', 'gemeente.lokale-teams.02': 'ja' });
    expect(saved.copied).toEqual(['gemeente.lokale-teams.01', 'gemeente.residentieel.01']);
    expect((await read()).copied).toEqual(saved.copied);
  });

  it('a save that changes nothing answers the same list', async () => {
    const saved = await save({ 'gemeente.lokale-teams.11': 'ja' });
    expect(saved.changed).toEqual([]);
    expect(saved.copied).toEqual((await read()).copied);
  });
});
