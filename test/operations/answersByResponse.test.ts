import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../server/db/database.ts';
import { migrations } from '../../server/db/migrations/index.ts';
import { computeWaveTables } from '../../server/services/monitorTables.ts';
import { generateWave } from '../../server/services/syntheticWave.ts';
import { createTestContext } from '../support/context.ts';
import { answerLines } from '../support/inspectBatches.ts';
import { WAVE } from '../support/wave.ts';

// Issue 18: on SQLite the answers are rebuilt in the order of their key (response, field) by
// migration 000011 (a no-op on PostgreSQL). A database with a wave's answers in it goes through that
// step back and forth: every answer and every monitor table stay as they were.
describe('the answers kept in the order of their key', () => {
  it('keep every answer and every table through the migration, down and up again', async () => {
    const ctx = await createTestContext();
    try {
      await generateWave(ctx.database, ctx.services.surveys.get(WAVE)!, WAVE, { scale: 1, seed: 3, fill: 0.6, submitted: 0.5 });
      const lines = await answerLines(ctx.services, WAVE);
      const tables = await computeWaveTables(ctx.services, WAVE, {});
      expect(lines.length).toBeGreaterThan(5000);

      const migrator = new Migrator({ db: ctx.services.db, provider: { getMigrations: async () => migrations } });
      const down = await migrator.migrateDown();
      expect(down.error).toBeUndefined();
      expect(down.results?.map((r) => r.migrationName)).toEqual(['2026_12_01_000011_answers_by_response']);
      expect(await answerLines(ctx.services, WAVE)).toEqual(lines);

      await migrateToLatest(ctx.services.db);
      expect(await answerLines(ctx.services, WAVE)).toEqual(lines);
      expect(await computeWaveTables(ctx.services, WAVE, {})).toEqual(tables);
    } finally {
      await ctx.close();
    }
  });
});
