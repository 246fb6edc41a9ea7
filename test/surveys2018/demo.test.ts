import { describe, expect, it } from 'vitest';
import { findOrganisation } from '../../server/db/repos/organisations.ts';
import { findUserByEmail } from '../../server/db/repos/users.ts';
import { listWaves } from '../../server/db/repos/waves.ts';
import { fieldworkState } from '../../server/domain/fieldwork.ts';
import { boot } from '../../server/services/bootstrap.ts';
import { wavesVisibleTo } from '../../server/services/surveyWaves.ts';

describe('demo mode with two surveys', () => {
  it('opens a wave per survey today (2024 closed before 2025, issue 17) and has a respondent for a 2018 region', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const booted = await boot({ databasePath: ':memory:', demo: true }, () => now);
    try {
      const s = booted.services;
      const waves = await listWaves(s.db);
      expect(waves.map((w) => [w.id, w.title, fieldworkState(w, now)])).toEqual([
        ['hervormingsagenda-2025', 'Monitor van de afspraken Hervormingsagenda Jeugd 2025', 'open'],
        ['transformatieplannen-2018', 'Transformatieplannen Jeugd 2018', 'open'],
        // The 2025 monitor follows the 2024 one: in demo mode 2024 is closed, on its own dates.
        ['hervormingsagenda-2024', 'Monitor van de afspraken Hervormingsagenda Jeugd 2024', 'closed'],
      ]);
      const account = booted.demoAccounts.find((a) => a.email === 'regio2018@demo.nl')!;
      expect(account).toMatchObject({ role: 'respondent', organisationCode: 'TP1813' });
      expect((await findOrganisation(s.db, 'TP1813'))?.name).toBe('Amsterdam-Amstelland');
      expect((await findUserByEmail(s.db, 'regio2018@demo.nl'))?.organisation_code).toBe('TP1813');
      // Each respondent sees the wave of its own survey; staff see both.
      expect((await wavesVisibleTo(s, 'TP1813')).map((w) => w.id)).toEqual(['transformatieplannen-2018']);
      expect((await wavesVisibleTo(s, 'GM0363')).map((w) => w.id)).toEqual(['hervormingsagenda-2025', 'hervormingsagenda-2024']);
      expect(await wavesVisibleTo(s, null)).toHaveLength(3);
    } finally {
      booted.database.sqlite.close();
    }
  });
});
