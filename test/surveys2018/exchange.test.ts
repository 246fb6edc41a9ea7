import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleFor } from '../../server/questions/index.ts';
import type { Services } from '../../server/context.ts';
import { applyImport } from '../../server/services/rawData/importApply.ts';
import { planImport } from '../../server/services/rawData/importPlan.ts';
import { readImportFile } from '../../server/services/rawData/reader.ts';
import { loadResponseView, saveAnswers, submitResponse } from '../../server/services/responses.ts';
import { hasOtherOption, isApplicable, questionsFor, type Answers } from '../../server/survey/model.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { download } from '../exchange/support.ts';
import { WAVE as WAVE_2024, WAVE_2018 as WAVE } from '../support/wave.ts';

// Raw-data export and import of the second survey: the engine's exchange paths, no survey code.
const ORGS = ['TP1801', 'TP1813', 'TP1830', 'TP1842'];
const AT = new Date('2018-09-03T10:00:00Z');
let source: TestContext;
const files: Record<string, Buffer> = {};

/** Every applicable question answered, choices varied per organisation, with explanations and 'Anders'. */
function answersFor(s: Services, variant: number): Answers {
  const survey = s.surveys.get(WAVE)!;
  const answers: Answers = {};
  questionsFor(survey, 'jeugdzorgregio').forEach((q, i) => {
    if (!isApplicable(q, answers)) return;
    const options = moduleFor(q.type).options(q)!;
    const k = variant + i;
    answers[q.id] = [...new Set([options[k % options.length]!.code, options[(k + 1) % options.length]!.code])];
    if (hasOtherOption(q) && (answers[q.id] as string[]).includes('ander')) answers[`${q.id}.anders`] = `ander subthema ${variant}`;
    if (q.explanation) answers[`${q.id}.toelichting`] = variant % 2 ? '=SOM(1;2) staat zo in het plan' : `Toelichting ${variant};\nmet “aanhalingstekens” en ë`;
  });
  return answers;
}

const answersOf = async (s: Services, org: string) => (await loadResponseView(s, WAVE, org)).answers;

async function importInto(s: Services, buf: Buffer, submit = false) {
  const file = await readImportFile(s.surveys.get(WAVE)!, buf);
  expect(file.problems).toEqual([]);
  const plan = await planImport(s, WAVE, { sheet: file.sheet, rows: file.rows }, submit);
  expect(plan.problems).toEqual([]);
  return { plan, outcome: await applyImport(s, plan, null) };
}

beforeAll(async () => {
  source = await createTestContext(AT);
  await source.addUser('analist@example.nl', 'analyst');
  for (const [i, org] of ORGS.entries()) {
    const saved = await saveAnswers(source.services, { waveId: WAVE, orgCode: org, userId: null, baseVersion: null, input: answersFor(source.services, i), mode: 'json', channel: 'web' });
    expect(saved.kind).toBe('saved');
  }
  await submitResponse(source.services, WAVE, 'TP1813', null);
  const { agent } = await source.login('analist@example.nl');
  files.csv = (await download(agent, `/analyse/${WAVE}/ruwe-data.csv`)).body;
  files.xlsx = (await download(agent, `/analyse/${WAVE}/werkboek.xlsx`)).body;
  files.csv2024 = (await download(agent, `/analyse/${WAVE_2024}/ruwe-data.csv`)).body;
});
afterAll(() => source.close());

describe('exchange of the 2018 survey', () => {
  it('exports one row per 2018 region, and keeps them out of the 2024 export', () => {
    const lines = files.csv!.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => /^TP18\d\d[;,]/.test(l));
    expect(lines).toHaveLength(42);
    expect(files.csv!.toString('utf8')).toContain('jeugdzorgregio.toegang.01');
    expect(files.csv2024!.toString('utf8')).not.toMatch(/\nTP18\d\d/);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`gives identical answers in a fresh database (${format})`, async () => {
      const target = await createTestContext(AT);
      try {
        const { outcome } = await importInto(target.services, files[format]!, true);
        expect(outcome).toMatchObject({ saved: ORGS.length, failures: [] });
        for (const org of ORGS) expect(await answersOf(target.services, org), org).toEqual(await answersOf(source.services, org));
        expect((await loadResponseView(target.services, WAVE, 'TP1830')).submitted).toBe(true);
        expect(await answersOf(target.services, 'TP1802')).toEqual({});
      } finally {
        await target.close();
      }
    });
  }

  it('imports back into the same wave unchanged', async () => {
    const { plan, outcome } = await importInto(source.services, files.csv!);
    expect(plan.organisations.filter((o) => o.changes.length)).toEqual([]);
    expect(outcome.saved).toBe(0);
  });
});
