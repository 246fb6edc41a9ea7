import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { DEMO_PASSWORD } from '../../server/services/seed.ts';
import { visit, bootTestDatabase } from '../support/context.ts';

// Demo respondents are data of each definition: a survey added in a folder brings its own, and the engine names none.
const kitchenSink = path.join(import.meta.dirname, '../fixtures/kitchen-sink');
const demoBoot = (dirs: string[]) => bootTestDatabase({ demo: true }, () => new Date('2024-05-15T10:00:00Z'), { extraSurveyDirs: dirs });

describe('demo respondents from the definitions', () => {
  it('creates every definition\'s demo respondents, who can log in and reach their own questionnaire', async () => {
    const booted = await demoBoot([kitchenSink]);
    try {
      const emails = booted.demoAccounts.map((a) => a.email);
      expect(emails).toEqual(expect.arrayContaining(['gemeente@demo.nl', 'regio2018@demo.nl', 'keuken@demo.nl', 'beheer@demo.nl']));
      const app = createApp(booted.services, { config: { ...loadConfig({ NODE_ENV: 'test' }), demo: true }, sessionDbPath: ':memory:' });
      const { agent, csrf } = await visit(app, '/inloggen');
      const login = await agent.post('/inloggen').type('form').send({ email: 'keuken@demo.nl', password: DEMO_PASSWORD, _csrf: csrf });
      expect(login.status).toBe(303);
      const home = await agent.get(login.headers.location!).redirects(3);
      expect(home.status).toBe(200);
      expect(home.text).toContain('Proefgemeente Noord');
    } finally {
      await booted.close();
    }
  });

  it('stops a demo start with the e-mail address and code when a demo respondent names an unknown organisation', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'demo-respondents-'));
    cpSync(kitchenSink, dir, { recursive: true });
    const file = path.join(dir, 'keukentafel.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"organisation": "KS01"', '"organisation": "KS99"'));
    await expect(demoBoot([dir])).rejects.toThrow(/keuken@demo\.nl.*KS99/);
  });
});
