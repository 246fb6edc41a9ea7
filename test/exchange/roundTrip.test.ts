import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { responsesCommand } from '../../scripts/commands/responses.ts';
import { loadResponseView, submitResponse } from '../../server/services/responses.ts';
import { historyEntries } from '../support/inspect.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { answersOf, completeAnswers, download, fill, importInto, WAVE } from './support.ts';

const ORGS: [string, string][] = [
  ['GM0363', 'gemeente'], ['GM0599', 'gemeente'], ['GM0014', 'gemeente'], ['GM0344', 'gemeente'],
  ['JZ13', 'regio'], ['RIJK', 'rijk'], ['VNG', 'vng'], ['BGZJ', 'bgzj'], ['SBJ', 'sbj'], ['KBL', 'kbl'],
];

let source: TestContext;
const files: Record<string, Buffer> = {};

beforeAll(async () => {
  source = await createTestContext();
  await source.addUser('analist@example.nl', 'analyst');
  for (const [i, [org, actor]] of ORGS.entries()) await fill(source.services, org, completeAnswers(source.services, actor, i));
  await submitResponse(source.services, WAVE, 'GM0363', null);
  const { agent } = await source.login('analist@example.nl');
  files.xlsx = (await download(agent, `/analyse/${WAVE}/werkboek.xlsx`)).body;
  files.semicolon = (await download(agent, `/analyse/${WAVE}/ruwe-data.csv`)).body;
  files.comma = (await download(agent, `/analyse/${WAVE}/ruwe-data.csv?scheiding=komma`)).body;
  files.gemeenten = (await download(agent, `/analyse/${WAVE}/ruwe-data.csv?soort=gemeente`)).body;
});
afterAll(() => source.close());

describe('export then import', () => {
  it('loads a closed wave too (a previous year\'s monitor), and can mark the responses submitted', async () => {
    const target = await createTestContext(new Date('2025-03-01T10:00:00Z'));
    try {
      const { outcome } = await importInto(target.services, files.xlsx!, true);
      expect(outcome).toMatchObject({ saved: ORGS.length, submitted: ORGS.length, failures: [] });
      const view = await loadResponseView(target.services, WAVE, 'RIJK');
      expect(view.fieldwork).toBe('closed');
      expect(view.submitted).toBe(true);
      expect(await answersOf(target.services, 'RIJK')).toEqual(await answersOf(source.services, 'RIJK'));
    } finally {
      await target.close();
    }
  });

  for (const format of ['xlsx', 'semicolon', 'comma'] as const) {
    it(`gives identical answers in a fresh database (${format})`, async () => {
      const target = await createTestContext();
      try {
        const { outcome } = await importInto(target.services, files[format]!);
        expect(outcome).toMatchObject({ saved: ORGS.length, failures: [] });
        for (const [org] of ORGS) expect(await answersOf(target.services, org), org).toEqual(await answersOf(source.services, org));
        expect(await answersOf(target.services, 'GM0034')).toEqual({});
      } finally {
        await target.close();
      }
    });
  }

  it('imports back into the same wave unchanged', async () => {
    for (const buf of [files.xlsx!, files.semicolon!, files.gemeenten!]) {
      const { plan, outcome } = await importInto(source.services, buf);
      expect(plan.organisations.filter((o) => o.changes.length)).toEqual([]);
      expect(outcome.saved).toBe(0);
    }
    // The submitted response is untouched, so it was no obstacle.
    expect((await loadResponseView(source.services, WAVE, 'GM0363')).submitted).toBe(true);
  });
});

describe('bulk import in the web app', () => {
  it('shows a preview, stores nothing until confirmed, then saves as an import and can submit', async () => {
    const ctx = await createTestContext();
    try {
      await ctx.addUser('coord@example.nl', 'coordinator');
      await ctx.addUser('analist@example.nl', 'analyst');
      const { agent, csrf } = await ctx.login('coord@example.nl');
      const form = await agent.get(`/analyse/${WAVE}/importeren`);
      expect(form.status).toBe(200);
      const upload = await agent
        .post(`/analyse/${WAVE}/importeren`).field('_csrf', csrf)
        .field('indienen', 'ja')
        .attach('bestand', files.semicolon!, 'ruwe-data.csv');
      expect(upload.status).toBe(303);
      const preview = await agent.get(upload.headers.location!);
      expect(preview.status).toBe(200);
      const page = $(preview.text);
      expect(page('caption').text()).toContain('Wijzigingen per organisatie');
      expect(page('tbody th').map((_i, el) => page(el).text()).get()).toContain('Amsterdam (GM0363)');
      expect(page('details li').first().text()).toMatch(/→/);
      expect(await answersOf(ctx.services, 'GM0363')).toEqual({}); // nothing stored yet
      const token = upload.headers.location!.split('/').pop();
      const done = await agent.post(`/analyse/${WAVE}/importeren/${token}`).type('form').send({ _csrf: csrf, actie: 'opslaan' });
      expect(done.status).toBe(303);
      const after = await agent.get(done.headers.location!);
      expect($(after.text)('.utrecht-alert').text()).toContain(`${ORGS.length} organisaties bijgewerkt`);
      for (const [org] of ORGS) {
        expect(await answersOf(ctx.services, org)).toEqual(await answersOf(source.services, org));
        expect((await loadResponseView(ctx.services, WAVE, org)).submitted).toBe(true);
      }
      expect([...new Set((await historyEntries(ctx)).map((h) => h.channel))]).toEqual(['import']);
      // The token is used up.
      const again = await agent.post(`/analyse/${WAVE}/importeren/${token}`).type('form').send({ _csrf: csrf, actie: 'opslaan' });
      expect(again.status).toBe(404);
      const analyst = await ctx.login('analist@example.nl');
      expect((await analyst.agent.get(`/analyse/${WAVE}/importeren`)).status).toBe(403);
    } finally {
      await ctx.close();
    }
  });
});

describe('npm run admin -- responses import', () => {
  it('imports a file, optionally marking the responses as submitted', async () => {
    const ctx = await createTestContext();
    const dir = mkdtempSync(path.join(tmpdir(), 'import-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const file = path.join(dir, 'ruwe-data.xlsx');
      writeFileSync(file, files.xlsx!);
      const run = (values: Record<string, string | boolean>, positionals: string[]) =>
        responsesCommand.run({ action: 'import', values, positionals, services: ctx.services, config: {} as never, database: ctx.database });
      expect(await run({ wave: WAVE, 'dry-run': true }, [file])).toBe(0);
      expect(await answersOf(ctx.services, 'RIJK')).toEqual({});
      expect(await run({ wave: WAVE, submit: true }, [file])).toBe(0);
      expect(await answersOf(ctx.services, 'RIJK')).toEqual(await answersOf(source.services, 'RIJK'));
      expect((await loadResponseView(ctx.services, WAVE, 'RIJK')).submitted).toBe(true);
      expect(await run({ wave: 'bestaat-niet' }, [file])).toBe(1);
      expect(await run({ wave: WAVE }, [path.join(dir, 'weg.csv')])).toBe(1);
      expect(await run({ wave: WAVE }, [])).toBe(2);
      const bad = path.join(dir, 'fout.csv');
      writeFileSync(bad, 'Organisatiecode;Naam;Soort organisatie;Provincie;Jeugdregio;Inwoners;Status respons;Ingediend op;gemeente.reikwijdte.01\r\nGM0034;;;;;;;;misschien\r\n');
      expect(await run({ wave: WAVE }, [bad])).toBe(1);
      expect(error.mock.calls.flat().join('\n')).toContain('Cel I2: gemeente.reikwijdte.01: Kies een van de gegeven antwoorden.');
      expect(await answersOf(ctx.services, 'GM0034')).toEqual({});
      expect(log.mock.calls.flat().join('\n')).toContain('als ingediend gemarkeerd');
    } finally {
      log.mockRestore();
      error.mockRestore();
      await ctx.close();
    }
  });
});
