import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeAnswerAsIs } from '../support/arrange.ts';
import { createTestContext, type Session, type TestContext } from '../support/context.ts';
import { download, fill, readXlsx, WAVE } from './support.ts';

/*
 * A control character in an explanation (pasted from another program) made both Excel exports
 * invalid XML, so Excel and exceljs refused the whole file. Every export now drops the characters
 * XML cannot hold (C0 controls but tab/LF/CR, lone surrogates) and keeps the rest of the text.
 */

const FIELD = 'gemeente.reikwijdte.01.toelichting';
const DIRTY = 'Begin\u0001 met\u0007 bel\u001b en \u0000nul\u000b\u000c, tab\there\nregel 2 \uD800half ✓ 😀 einde';
const CLEAN = 'Begin met bel en nul, tab\there\nregel 2 half ✓ 😀 einde';

let ctx: TestContext;
let respondent: Session;
let analyst: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  await fill(ctx.services, 'GM0363', { 'gemeente.reikwijdte.01': 'ja' });
  // Stored as it might have come in through any channel: straight into the answer row.
  await storeAnswerAsIs(ctx, WAVE, 'GM0363', FIELD, DIRTY, '2024-05-15T10:00:00.000Z');
  respondent = await ctx.loginAs('ams@example.nl', 'respondent', 'GM0363');
  analyst = await ctx.loginAs('analist@example.nl', 'analyst');
});
afterAll(() => ctx.close());

/** Every text cell of every sheet of a workbook that exceljs could open. */
async function texts(buf: Buffer): Promise<string[]> {
  const wb = await readXlsx(buf);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'string') out.push(cell.value); })));
  return out;
}

describe('control characters in exports', () => {
  it('the offline workbook opens and keeps the rest of the explanation', async () => {
    const { res, body } = await download(respondent.agent, `/vragenlijst/${WAVE}/GM0363/excel`);
    expect(res.status).toBe(200);
    expect(await texts(body)).toContain(CLEAN);
  });

  it('the analyst workbook opens and keeps the rest of the explanation, in Toelichtingen and Ruwe data', async () => {
    const { res, body } = await download(analyst.agent, `/analyse/${WAVE}/werkboek.xlsx`);
    expect(res.status).toBe(200);
    const wb = await readXlsx(body);
    for (const name of ['Toelichtingen', 'Ruwe data']) {
      const found: string[] = [];
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string') found.push(c.value); }));
      expect(found, name).toContain(CLEAN);
    }
  });

  it('the raw-data CSV has no control characters either', async () => {
    const { body } = await download(analyst.agent, `/analyse/${WAVE}/ruwe-data.csv`);
    const text = body.toString('utf8');
    expect(text).toContain('Begin met bel en nul');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});
