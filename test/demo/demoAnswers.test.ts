import { describe, expect, it } from 'vitest';
import { bootTestDatabase } from '../support/context.ts';
import { seedDemoAnswers } from '../../server/services/demoAnswers.ts';
import { missingRequired } from '../../server/survey/model.ts';
import { hasResponse, storedResponses } from '../support/inspect.ts';
import { WAVE, WAVE_2018 } from '../support/wave.ts';

describe('demo answers', () => {
  it('fill an empty wave once, leave the demo organisations alone and follow the questionnaire rules', async () => {
    const booted = await bootTestDatabase({ demo: true }, () => new Date('2024-05-15T10:00:00Z'));
    try {
      const s = booted.services;
      const skip = new Set(['GM0363', 'RIJK']);
      const made = await seedDemoAnswers(booted, skip);
      // Every survey's wave is filled: the 2024 monitor (342 gemeenten, 42 regions, 5 national bodies)
      // and the 2018 transformation plans (its own 42 regions).
      expect(made!.organisations).toBe(342 + 42 + 5 - skip.size + 42);
      expect(await storedResponses(s, WAVE)).toHaveLength(342 + 42 + 5 - skip.size);
      expect(await storedResponses(s, WAVE_2018)).toHaveLength(42);
      expect(await seedDemoAnswers(booted, skip)).toBeNull();
      expect(await hasResponse(s, WAVE, 'GM0363')).toBe(false);
      const survey = s.surveys.get(WAVE)!;
      const submitted = await storedResponses(s, WAVE, { submittedOnly: true, limit: 20 });
      expect(submitted).toHaveLength(20);
      for (const r of submitted) {
        // Only fields of the questionnaire, and a submitted response is complete, as the app itself demands.
        for (const id of Object.keys(r.answers)) expect(survey.questions.some((q) => id === q.id || id.startsWith(`${q.id}.`))).toBe(true);
        expect(missingRequired(survey, r.actorKind, r.answers)).toEqual([]);
      }
    } finally {
      await booted.close();
    }
  });
});
