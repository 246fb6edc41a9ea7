import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { listWavesWithFieldwork, wavesVisibleTo } from '../../server/services/surveyWaves.ts';
import { $, visit, bootTestDatabase } from '../support/context.ts';

describe('demo mode with two surveys', () => {
  it('opens a wave per survey today (2024 closed before 2025, issue 17) and has a respondent for a 2018 region', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const booted = await bootTestDatabase({ demo: true }, () => now);
    try {
      const s = booted.services;
      const waves = await listWavesWithFieldwork(s);
      expect(waves.map((w) => [w.id, w.title, w.fieldwork])).toEqual([
        ['hervormingsagenda-2025', 'Monitor van de afspraken Hervormingsagenda Jeugd 2025', 'open'],
        ['transformatieplannen-2018', 'Transformatieplannen Jeugd 2018', 'open'],
        // The 2025 monitor follows the 2024 one: in demo mode 2024 is closed, on its own dates.
        ['hervormingsagenda-2024', 'Monitor van de afspraken Hervormingsagenda Jeugd 2024', 'closed'],
      ]);
      const account = booted.demoAccounts.find((a) => a.email === 'regio2018@demo.nl')!;
      expect(account).toMatchObject({ role: 'respondent', organisationCode: 'TP1813' });
      // The demo respondent logs in and is told for which region it fills in, with the way to its questionnaire.
      const app = createApp(s, { config: { ...loadConfig({ NODE_ENV: 'test' }), demo: true }, sessionDbPath: ':memory:' });
      const { agent, csrf } = await visit(app, '/inloggen');
      const login = await agent.post('/inloggen').type('form').send({ _csrf: csrf, email: account.email, password: account.password });
      expect(login.status).toBe(303);
      const home = $((await agent.get('/')).text);
      expect(home('main').text()).toContain('U vult de vragenlijst in voor Amsterdam-Amstelland.');
      expect(home('a[href^="/vragenlijst/"]').map((_i, a) => home(a).attr('href')).get()).toEqual(['/vragenlijst/transformatieplannen-2018/TP1813']);
      // Each respondent sees the wave of its own survey; staff see both.
      expect((await wavesVisibleTo(s, 'TP1813')).map((w) => w.id)).toEqual(['transformatieplannen-2018']);
      expect((await wavesVisibleTo(s, 'GM0363')).map((w) => w.id)).toEqual(['hervormingsagenda-2025', 'hervormingsagenda-2024']);
      expect(await wavesVisibleTo(s, null)).toHaveLength(3);
    } finally {
      await booted.close();
    }
  });
});
