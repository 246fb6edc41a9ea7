import { describe, expect, it } from 'vitest';
import { bootTestDatabase } from '../support/context.ts';
import { fieldworkState } from '../../server/domain/fieldwork.ts';
import { seedDemoAnswers } from '../../server/services/demoAnswers.ts';
import { seedDemoMovement } from '../../server/services/demoMovement.ts';
import { lastYearFor } from '../../server/services/lastYear.ts';
import { buildWaveTables } from '../../server/services/monitorTables.ts';
import { buildWaveTrend } from '../../server/services/monitorTrend.ts';
import { loadResponseView } from '../../server/services/responseView.ts';
import { storedWaves } from '../support/inspect.ts';

describe('demo data year after year (issue 17)', () => {
  it('a closed 2024 wave with answers around the published distributions, an open 2025 wave moved on from it', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const booted = await bootTestDatabase({ demo: true }, () => now);
    try {
      const s = booted.services;
      const demoOrgs = new Set(booted.demoAccounts.map((a) => a.organisationCode).filter((c): c is string => c !== null));
      await seedDemoAnswers(booted, demoOrgs);
      const made = await seedDemoMovement(booted, demoOrgs);
      // The 2025 wave: everyone but the 7 demo organisations of the monitor (the eighth is of the 2018 survey);
      // and those 7 get their 2024 answers.
      expect(made!.organisations).toBe(389 - 7 + 7);
      expect(await seedDemoMovement(booted, demoOrgs)).toBeNull();
      const waves = await storedWaves(s);
      expect(fieldworkState(waves.find((w) => w.id === 'hervormingsagenda-2024')!, now)).toBe('closed');
      expect(fieldworkState(waves.find((w) => w.id === 'hervormingsagenda-2025')!, now)).toBe('open');

      // Amsterdam (the demo gemeente) starts 2025 empty, with its 2024 answers to start from.
      const view = await loadResponseView(s, 'hervormingsagenda-2025', 'GM0363');
      expect(view.response).toBeNull();
      const last = await lastYearFor(s, view);
      expect(last?.year).toBe(2024);
      expect(Object.keys(last!.byQuestion).length).toBeGreaterThan(10);

      // 2024 looks like the report: 97% of gemeenten said 'Ja' to having local teams, 15/69/8/8 for informele steunfiguren.
      const tables = await buildWaveTables(s, 'hervormingsagenda-2024', {});
      const row = (id: string) => tables.themes.flatMap((t) => t.tables).flatMap((t) => t.rows).find((r) => r.questionId === id)!;
      expect(Math.abs(row('gemeente.lokale-teams.01').cells[0]! - 97)).toBeLessThanOrEqual(4);
      expect(Math.abs(row('gemeente.residentieel.01').cells[1]! - 69)).toBeLessThanOrEqual(8);

      // 2025 moved towards 'Afgerond', with a few going back.
      const trend = (await buildWaveTrend(s, 'hervormingsagenda-2025', {}))!.trend;
      const moved = trend.rows.find((r) => r.questionId === 'gemeente.residentieel.01' && r.actor === 'gemeente')!;
      expect(moved.change![3]!).toBeGreaterThan(0);
      expect(moved.transitions!.forward!).toBeGreaterThan(moved.transitions!.back!);
      expect(moved.transitions!.back!).toBeGreaterThan(0);
    } finally {
      await booted.close();
    }
  });
});
