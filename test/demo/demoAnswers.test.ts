import { describe, expect, it } from 'vitest';
import { findResponse, loadAnswers } from '../../server/db/repos/responses.ts';
import { boot } from '../../server/services/bootstrap.ts';
import { seedDemoAnswers } from '../../server/services/demoAnswers.ts';
import { missingRequired } from '../../server/survey/model.ts';
import { WAVE } from '../support/wave.ts';

describe('demo answers', () => {
  it('fill an empty wave once, leave the demo organisations alone and follow the questionnaire rules', async () => {
    const booted = await boot({ databasePath: ':memory:', demo: true }, () => new Date('2024-05-15T10:00:00Z'));
    try {
      const skip = new Set(['GM0363', 'RIJK']);
      const made = await seedDemoAnswers(booted, skip);
      // Every survey's wave is filled: the 2024 monitor (342 gemeenten, 42 regions, 5 national bodies)
      // and the 2018 transformation plans (its own 42 regions).
      expect(made!.organisations).toBe(342 + 42 + 5 - skip.size + 42);
      const perWave = async (wave: string) => (await booted.services.db.selectFrom('responses').select('id').where('wave_id', '=', wave).execute()).length;
      expect(await perWave(WAVE)).toBe(342 + 42 + 5 - skip.size);
      expect(await perWave('transformatieplannen-2018')).toBe(42);
      expect(await seedDemoAnswers(booted, skip)).toBeNull();
      const db = booted.services.db;
      expect(await findResponse(db, WAVE, 'GM0363')).toBeUndefined();
      const survey = booted.services.surveys.get(WAVE)!;
      const submitted = await db.selectFrom('responses').selectAll().where('state', '=', 'ingediend').where('wave_id', '=', WAVE).limit(20).execute();
      for (const r of submitted) {
        const org = await db.selectFrom('organisations').select('actor_kind').where('code', '=', r.organisation_code).executeTakeFirstOrThrow();
        const answers = await loadAnswers(db, r.id);
        // Only fields of the questionnaire, and a submitted response is complete, as the app itself demands.
        for (const id of Object.keys(answers)) expect(survey.questions.some((q) => id === q.id || id.startsWith(`${q.id}.`))).toBe(true);
        expect(missingRequired(survey, org.actor_kind, answers)).toEqual([]);
      }
    } finally {
      booted.database.sqlite.close();
    }
  });
});
