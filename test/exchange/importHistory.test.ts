/**
 * Issue 14, point 1: an analyst loads earlier answers exactly as they were. A bulk import marks
 * responses submitted with required questions left blank (as the 2024 data has them) and says per
 * organisation how many and which; 'Ingediend op' from the file becomes the submission time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../server/context.ts';
import { readImportFile } from '../../server/services/rawData/reader.ts';
import { fromAmsterdamWallClock, parseWallClockText } from '../../server/services/spreadsheet/cells.ts';
import { missingRequired } from '../../server/survey/model.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { responseState } from '../support/inspect.ts';
import { seedResponse } from '../support/wave.ts';
import { answersOf, completeAnswers, download, importInto, WAVE } from './support.ts';

let source: TestContext;
const files: Record<string, Buffer> = {};
let blankQuestions: string[];

const submittedAt = (s: Services, org: string) => responseState(s, WAVE, org);

beforeAll(async () => {
  source = await createTestContext();
  await source.addUser('analist@example.nl', 'analyst');
  const s = source.services;
  // Rijk submitted during fieldwork (10:15 Amsterdam summer time = 08:15 UTC), fully answered.
  await seedResponse(s, 'RIJK', completeAnswers(s, 'rijk', 0), { submittedAt: '2024-05-02T08:15:00.000Z' });
  // Amsterdam submitted in winter time with three required questions left blank, as in the 2024 data.
  const full = completeAnswers(s, 'gemeente', 1);
  const survey = s.surveys.get(WAVE)!;
  const required = missingRequired(survey, 'gemeente', {}).map((q) => q.id);
  // Questions no follow-up depends on: a blank there leaves the rest of the response valid.
  const parents = new Set(survey.questions.flatMap((q) => (q.condition ? [q.condition.question] : [])));
  blankQuestions = required.filter((id) => !parents.has(id)).slice(2, 5);
  const partial = Object.fromEntries(Object.entries(full).filter(([k]) => !blankQuestions.includes(k)));
  await seedResponse(s, 'GM0363', partial, { submittedAt: '2024-03-29T23:30:00.000Z' });
  const { agent } = await source.login('analist@example.nl');
  files.xlsx = (await download(agent, `/analyse/${WAVE}/werkboek.xlsx`)).body;
  files.csv = (await download(agent, `/analyse/${WAVE}/ruwe-data.csv`)).body;
});
afterAll(() => source.close());

describe('a bulk import of earlier fieldwork', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    it(`marks responses with blanks as submitted, naming them per organisation, with the file's dates (${format})`, async () => {
      const target = await createTestContext(new Date('2025-03-01T10:00:00Z'));
      try {
        // Blanks are no reason to refuse the file (importInto expects no problems).
        const { plan, outcome } = await importInto(target.services, files[format]!, true);
        expect(plan.organisations.find((o) => o.code === 'GM0363')).toMatchObject({ submit: true, unanswered: blankQuestions });
        expect(plan.organisations.find((o) => o.code === 'RIJK')).toMatchObject({ submit: true, unanswered: [] });
        expect(outcome.failures).toEqual([]);
        expect(outcome.submitted).toBe(2);
        expect(outcome.submittedWithBlanks).toEqual([{ code: 'GM0363', name: 'Amsterdam', questions: blankQuestions }]);
        // The moments of the file, not the import day (2025-03-01).
        expect(await submittedAt(target.services, 'RIJK')).toEqual({ state: 'ingediend', submitted_at: '2024-05-02T08:15:00.000Z' });
        expect(await submittedAt(target.services, 'GM0363')).toEqual({ state: 'ingediend', submitted_at: '2024-03-29T23:30:00.000Z' });
        expect(await answersOf(target.services, 'GM0363')).toEqual(await answersOf(source.services, 'GM0363'));
      } finally {
        await target.close();
      }
    });
  }

  it('shows the blanks per organisation in the preview, and reports them after saving', async () => {
    const target = await createTestContext(new Date('2025-03-01T10:00:00Z'));
    try {
      await target.addUser('coord@example.nl', 'coordinator');
      const { agent, csrf } = await target.login('coord@example.nl');
      const up = await agent.post(`/analyse/${WAVE}/importeren`).field('_csrf', csrf).field('indienen', 'ja')
        .attach('bestand', files.csv!, 'ruwe-data.csv');
      expect(up.status).toBe(303);
      const preview = $((await agent.get(up.headers.location!)).text);
      const item = preview('ul.import-blanks li');
      expect(item.length).toBe(1);
      expect(item.text()).toContain('Amsterdam (GM0363');
      expect(item.text()).toContain(`${blankQuestions.length} vragen onbeantwoord`);
      for (const id of blankQuestions) expect(item.text()).toContain(id);
      const saved = await agent.post(up.headers.location!).type('form').send({ _csrf: csrf, actie: 'opslaan' });
      expect(saved.status).toBe(303);
      const flash = $((await agent.get(saved.headers.location!)).text)('.utrecht-alert').text();
      expect(flash).toContain('Ingediend met onbeantwoorde vragen: Amsterdam (GM0363): 3 vragen onbeantwoord');
    } finally {
      await target.close();
    }
  });

  it("refuses an 'Ingediend op' that is no time, naming the cell", async () => {
    const text = files.csv!.toString('utf8').replace(/2024-05-02 10:15/, 'gisteren');
    const file = await readImportFile(source.services.surveys.get(WAVE)!, Buffer.from(text, 'utf8'));
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]!.cell).toMatch(/^H\d+$/);
    expect(file.problems[0]!.message).toContain('‘gisteren’ is geen tijdstip van indienen');
  });
});

describe('wall-clock times', () => {
  it('reads the forms people write, in Amsterdam time, across the clock change', () => {
    const at = (t: string) => { const d = parseWallClockText(t); return d && fromAmsterdamWallClock(d); };
    expect(at('2024-05-02 10:15')).toBe('2024-05-02T08:15:00.000Z');
    expect(at('2-5-2024 10:15')).toBe('2024-05-02T08:15:00.000Z');
    expect(at('2024-01-15')).toBe('2024-01-14T23:00:00.000Z');
    expect(at('2024-03-31 01:30')).toBe('2024-03-31T00:30:00.000Z'); // before the change at 02:00
    expect(at('2024-03-31 03:30')).toBe('2024-03-31T01:30:00.000Z'); // after it
    expect(at('2024-05-02T08:15:00Z')).toBe('2024-05-02T08:15:00.000Z');
    for (const bad of ['gisteren', '2024-02-30', '31-2-2024', '2024-05-02 25:00']) expect(parseWallClockText(bad)).toBeNull();
  });
});
