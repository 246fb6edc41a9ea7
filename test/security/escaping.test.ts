import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';
import { themesFor } from '../../server/survey/model.ts';
import { moduleFor } from '../../server/questions/index.ts';
import { fullAnswers, ORG_PER_ACTOR, PAYLOAD } from './fixtures.ts';
import { WAVE } from '../support/wave.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/** No element, attribute or script from the payload made it into the page; its text did, escaped. */
function expectEscaped(html: string, where: string) {
  const page = $(html);
  expect(page('script:not([src])').length, `inline script on ${where}`).toBe(0);
  expect(page('[onerror]').length, `event handler on ${where}`).toBe(0);
  expect(page('img[src="x"]').length, `injected image on ${where}`).toBe(0);
  expect(page('b').filter((_i, el) => page(el).text() === 'vet').length, `injected markup on ${where}`).toBe(0);
  expect(html.includes('<script>window.__xss'), `raw payload on ${where}`).toBe(false);
}

describe('HTML and script typed into text fields are shown as text', () => {
  const survey = () => ctx.services.surveys.get(WAVE)!;

  for (const [actor, org] of Object.entries(ORG_PER_ACTOR)) {
    it(`on every questionnaire page of a ${actor}`, async () => {
      await ctx.addUser(`xss-${actor}@example.nl`, 'respondent', org);
      const me: Session = await ctx.login(`xss-${actor}@example.nl`);
      const answers = fullAnswers(survey(), actor);
      const save = await me.agent.put(`/api/waves/${WAVE}/responses/${org}`).set('X-CSRF-Token', me.csrf).send({ version: 0, answers });
      expect(save.status, JSON.stringify(save.body)).toBe(200);
      const base = `/vragenlijst/${WAVE}/${org}`;
      const pages = [base, `${base}/controleren`, `${base}/afdrukken`, ...themesFor(survey(), actor).map((t) => `${base}/thema/${t.id}`)];
      let shown = 0;
      for (const path of pages) {
        const res = await me.agent.get(path);
        expect(res.status, path).toBe(200);
        expectEscaped(res.text, path);
        shown += res.text.split('&lt;script&gt;window.__xss=1&lt;/script&gt;').length - 1;
      }
      // The text really is there (as text) on the theme pages, the review and the print page.
      expect(shown).toBeGreaterThan(3);
      // And survives the round trip unchanged.
      const back = await me.agent.get(`/api/waves/${WAVE}/responses/${org}`);
      const texts = Object.values(back.body.answers).filter((v) => v === PAYLOAD);
      expect(texts.length).toBe(Object.values(answers).filter((v) => v === PAYLOAD).length);
      // Submitted: the confirmation page too.
      const submit = await me.agent.post(`${base}/indienen`).type('form').send({ _csrf: me.csrf });
      expect(submit.status).toBe(303);
      const done = await me.agent.get(`${base}/ingediend`);
      expectEscaped(done.text, 'ingediend');
    });
  }

  it('on the theme page when the input is invalid and shown again (422)', async () => {
    const me = await ctx.loginAs('xss-invalid@example.nl', 'respondent', 'GM0599');
    const base = `/vragenlijst/${WAVE}/GM0599`;
    // A numeric question that always applies: answers to a follow-up whose condition does not hold are ignored (GOV.UK's conditional reveal).
    const isNumeric = (q: ReturnType<typeof survey>['questions'][number]) =>
      q.actorKinds.includes('gemeente') && moduleFor(q.type).view(q).inputmode === 'decimal' && !q.condition;
    const theme = themesFor(survey(), 'gemeente').find((t) => survey().questions.some((q) => q.theme === t.id && isNumeric(q)))!;
    const numeric = survey().questions.find((q) => q.theme === theme.id && isNumeric(q))!;
    const res = await me.agent.post(`${base}/thema/${theme.id}`).type('form').send({ _csrf: me.csrf, version: '0', [numeric.id]: PAYLOAD, [`${numeric.id}.toelichting`]: PAYLOAD });
    expect(res.status).toBe(422);
    expectEscaped(res.text, 'invalid theme page');
    const page = $(res.text);
    expect(page(`#${numeric.id.replaceAll('.', '-')}`).val()).toBe(PAYLOAD);
  });

  it('on the login page (typed e-mail address kept after a failure)', async () => {
    const page = await ctx.login('xss-gemeente@example.nl');
    const res = await page.agent.post('/uitloggen').type('form').send({ _csrf: page.csrf });
    expect(res.status).toBe(303);
    const login = await page.agent.get('/inloggen');
    const csrf = $(login.text)('meta[name="csrf-token"]').attr('content')!;
    const failed = await page.agent.post('/inloggen').type('form').send({ _csrf: csrf, email: PAYLOAD, password: 'x' });
    expect(failed.status).toBe(401);
    expectEscaped(failed.text, 'login');
    expect($(failed.text)('#email').val()).toBe(PAYLOAD);
  });
});
