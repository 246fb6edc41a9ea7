import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { postTheme, WAVE } from '../support/forms.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

// Catalog counts per actor (toelichtingen not counted).
const expected: Record<string, { org: string; questions: number }> = {
  rijk: { org: 'RIJK', questions: 32 },
  vng: { org: 'VNG', questions: 23 },
  regio: { org: 'JZ13', questions: 20 },
  gemeente: { org: 'GM0363', questions: 29 },
  bgzj: { org: 'BGZJ', questions: 7 },
  sbj: { org: 'SBJ', questions: 5 },
  kbl: { org: 'KBL', questions: 6 },
};

describe('every actor kind gets its own questionnaire', () => {
  for (const [actor, { org, questions }] of Object.entries(expected)) {
    it(`${actor}: its questions, themes and planning`, async () => {
      await ctx.addUser(`${actor}@example.nl`, 'respondent', org);
      const s = await ctx.login(`${actor}@example.nl`);
      const start = $((await s.agent.get(`/vragenlijst/${WAVE}/${org}`)).text);
      const totals = start('.progress-table tbody tr td:first-of-type').map((_i, td) => Number(start(td).text().split(' van ')[1])).get();
      // Follow-ups count only once they apply, so the start page shows at most the catalog count.
      expect(totals.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(questions);
      const review = $((await s.agent.get(`/vragenlijst/${WAVE}/${org}/controleren`)).text);
      expect(review('.answer-list__row').length).toBeGreaterThan(0);
      const def = (await s.agent.get(`/api/waves/${WAVE}/definition`)).body;
      expect(def.questions.filter((q: { actorKinds: string[] }) => q.actorKinds.includes(actor))).toHaveLength(questions);
    });
  }

  it('shows the planning beside each agreement for the Rijk, and saves a status answer', async () => {
    const s = await ctx.login('rijk@example.nl');
    const page = $((await s.agent.get(`/vragenlijst/${WAVE}/RIJK/thema/reikwijdte`)).text);
    const q1 = page('#vraag-rijk-reikwijdte-01');
    expect(q1.find('.question__planning').text()).toContain('Start 2023');
    expect(q1.find('input[type=radio]').map((_i, el) => page(el).attr('value')).get()).toEqual(['niet_begonnen', 'mee_bezig', 'bijna_klaar', 'afgerond', '']);
    // The last one is 'Geen antwoord': any single answer can be taken back.
    expect(q1.find('label[for="rijk-reikwijdte-01-wissen"]').text()).toBe('Geen antwoord');
    expect(q1.find('label').first().text()).toBe('Nog niet begonnen');
    expect(q1.find('textarea[name="rijk.reikwijdte.01.toelichting"]').length).toBe(1);
    const res = await postTheme(s, 'RIJK', 'reikwijdte', { 'rijk.reikwijdte.01': 'afgerond', 'rijk.reikwijdte.09': 'nee', 'rijk.reikwijdte.09.toelichting': 'Wetsvoorstel in voorbereiding.' });
    expect(res.status).toBe(303);
    const answers = (await s.agent.get(`/api/waves/${WAVE}/responses/RIJK`)).body.answers;
    expect(answers).toMatchObject({ 'rijk.reikwijdte.01': 'afgerond', 'rijk.reikwijdte.09': 'nee', 'rijk.reikwijdte.09.toelichting': 'Wetsvoorstel in voorbereiding.' });
  });

  it('shows regio questions to a region, with the beleving scale', async () => {
    const s = await ctx.login('regio@example.nl');
    const page = $((await s.agent.get(`/vragenlijst/${WAVE}/JZ13/thema/beleving`)).text);
    const labels = page('.question').first().find('label.utrecht-form-label--radio').map((_i, l) => page(l).text()).get();
    expect(labels.slice(0, 5)).toEqual(['Helemaal niet', 'Enigszins', 'Ongeveer halverwege', 'Grotendeels', 'Volledig']);
  });
});
