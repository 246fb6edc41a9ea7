import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { themesFor } from '../../server/survey/model.ts';
import { $, createTestContext, type Session, type TestContext } from '../support/context.ts';
import { WAVE } from '../support/forms.ts';

/**
 * Plain Dutch for respondents: no internal question ids in what they read, an introduction per theme,
 * labels that say what they belong to.
 */
const ORG = 'GM0363';
const base = `/vragenlijst/${WAVE}/${ORG}`;
const INTERNAL_ID = /\b(gemeente|regio|rijk|vng|bgzj|sbj|kbl)\.[a-z-]+\.\d\d\b/;
let ctx: TestContext;
let s: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  s = await ctx.loginAs('b1@example.nl', 'respondent', ORG);
});
afterAll(() => ctx.close());

/** The text a person reads on a page (not attributes, scripts or hidden inputs). */
const visibleText = (html: string) => {
  const page = $(html);
  page('script, style, head').remove();
  return page('body').text().replace(/\s+/g, ' ');
};

describe('plain language for respondents', () => {
  it('shows no internal question id on the start page, any theme page, the review page or the print page', async () => {
    const survey = ctx.services.surveys.get(WAVE)!;
    const paths = [base, `${base}/controleren`, `${base}/afdrukken`, ...themesFor(survey, 'gemeente').map((t) => `${base}/thema/${t.id}`)];
    for (const path of paths) {
      const res = await s.agent.get(path);
      expect(res.status, path).toBe(200);
      expect(visibleText(res.text), path).not.toMatch(INTERNAL_ID);
    }
  });

  it('introduces each theme with the ambition of the Hervormingsagenda, and names its paragraph where the source gives it', async () => {
    const survey = ctx.services.surveys.get(WAVE)!;
    for (const t of themesFor(survey, 'gemeente')) {
      expect(t.intro, t.id).toBeTruthy();
      const page = $((await s.agent.get(`${base}/thema/${t.id}`)).text);
      expect(page('.theme-intro').text(), t.id).toContain(t.intro!);
    }
    const domains = $((await s.agent.get(`${base}/thema/aanpalende-domeinen`)).text);
    expect(domains('.theme-intro').text()).toContain('paragraaf 2.2 van de Hervormingsagenda Jeugd');
  });

  it("labels an explanation field with its question ('Uw toelichting bij vraag 1'), not 'Toelichting bij vraag:'", async () => {
    const page = $((await s.agent.get(`${base}/thema/reikwijdte`)).text);
    const label = page('label[for="gemeente-reikwijdte-01-toelichting"]');
    expect(label.text()).toMatch(/^Uw toelichting bij vraag 1/);
    expect(label.clone().find('.visually-hidden').remove().end().text().trim()).not.toMatch(/:$/);
  });

  it('numbers questions without gaps: a follow-up carries its question\'s number and a letter (5, 5a, 6)', async () => {
    const page = $((await s.agent.get(`${base}/thema/lokale-teams`)).text);
    const shown = page('.question__number').map((_, el) => page(el).text().replace('Vraag ', '').trim()).get();
    const main = shown.filter((n) => /^\d+$/.test(n)).map(Number);
    expect(main).toEqual(main.map((_, i) => i + 1));
    const followUp = page('[data-condition-question]').first();
    const trigger = followUp.attr('data-condition-question')!;
    const triggerNumber = page(`#${trigger.replaceAll('.', '-')}`).closest('.question, fieldset').find('.question__number').first().text().replace('Vraag ', '').trim();
    expect(followUp.find('.question__number').first().text()).toMatch(new RegExp(`^Vraag ${triggerNumber}[a-z]$`));
  });
});
