import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { WAVE } from '../support/wave.ts';

/*
 * Issue 15: redirect after every upload. A refused upload and an organisation-import preview answer
 * 303 to the form's own address; that page shows the result with its status, again on a refresh,
 * and only to the person who uploaded. A refresh never sends the file again.
 */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const FORM = `/vragenlijst/${WAVE}/GM0363/excel/uploaden`;

describe('redirect after every upload', () => {
  it('shows a refused offline workbook at the form address, to the uploader only, also after a refresh', async () => {
    const me = await ctx.loginAs('upload-prg@example.nl', 'respondent', 'GM0363');
    const posted = await me.agent.post(FORM).field('_csrf', me.csrf).attach('bestand', Buffer.from('geen werkboek'), 'lijst.xlsx');
    expect(posted.status).toBe(303);
    const to = posted.headers.location as string;
    expect(to.startsWith(`${FORM}?melding=`)).toBe(true);
    for (let i = 0; i < 2; i++) {
      const page = await me.agent.get(to);
      expect(page.status).toBe(422);
      expect($(page.text)('title').text()).toMatch(/^Fout: /);
      expect($(page.text)('main').text()).toContain('‘lijst.xlsx’ is niet verwerkt');
      expect($(page.text)('form[enctype="multipart/form-data"]').attr('action')).toBe(FORM);
    }
    // A colleague who gets the address sees the plain form, not the other person's report.
    const colleague = await ctx.loginAs('upload-prg-collega@example.nl', 'respondent', 'GM0363');
    const theirs = await colleague.agent.get(to);
    expect(theirs.status).toBe(200);
    expect($(theirs.text)('main').text()).not.toContain('lijst.xlsx');
    // An address with a made-up token is the plain form too.
    expect((await me.agent.get(`${FORM}?melding=verzonnen`)).status).toBe(200);
  });

  it('does the same for the bulk import and shows the organisation-import preview after a redirect', async () => {
    const coord = await ctx.loginAs('upload-prg-coord@example.nl', 'coordinator');
    const bulk = await coord.agent.post(`/analyse/${WAVE}/importeren`).field('_csrf', coord.csrf)
      .attach('bestand', Buffer.from('geen;goede\nkolommen;hier\n'), 'ruwe-data.csv');
    expect(bulk.status).toBe(303);
    expect(bulk.headers.location).toMatch(new RegExp(`^/analyse/${WAVE}/importeren\\?melding=`));
    expect((await coord.agent.get(bulk.headers.location as string)).status).toBe(422);

    const file = Buffer.from('code;naam;soort\nGM9401;Nieuwgemeente;gemeente\n');
    const org = await coord.agent.post('/beheer/organisaties/importeren').field('_csrf', coord.csrf).attach('bestand', file, 'org.csv');
    expect(org.status).toBe(303);
    expect(org.headers.location).toMatch(/^\/beheer\/organisaties\/importeren\?melding=/);
    const preview = await coord.agent.get(org.headers.location as string);
    expect(preview.status).toBe(200);
    expect($(preview.text)('main').text()).toContain('Nieuwgemeente');
    expect($(preview.text)('form[action="/beheer/organisaties/importeren/bevestigen"]').length).toBe(1);
  });
});
