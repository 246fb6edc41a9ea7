import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTitle } from '../../server/http/setUpViews.ts';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { WAVE } from '../support/wave.ts';

// One rule for every form: a page that refuses input (400, 413, 422) has a title starting 'Fout: '.
describe('page titles', () => {
  it('names the page and the platform, and says Fout first when input is refused', () => {
    expect(pageTitle('Herinneringsplan')).toBe('Herinneringsplan – Afsprakenmonitor');
    expect(pageTitle(undefined)).toBe('Afsprakenmonitor');
    expect(pageTitle('Herinneringsplan', 422)).toBe('Fout: Herinneringsplan – Afsprakenmonitor');
    expect(pageTitle('Werkboek uploaden', 413)).toBe('Fout: Werkboek uploaden – Afsprakenmonitor');
    expect(pageTitle('Fout: controleer uw antwoorden', 422)).toBe('Fout: controleer uw antwoorden – Afsprakenmonitor');
    expect(pageTitle('Pagina niet gevonden', 404)).toBe('Pagina niet gevonden – Afsprakenmonitor');
  });

  describe('on a form that sets no error title itself', () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await createTestContext();
    });
    afterAll(() => ctx.close());

    it('the reminder plan with a step of "veertien" days', async () => {
      const coord = await ctx.loginAs('titel@example.nl', 'coordinator');
      const url = `/beheer/rondes/${WAVE}/herinneringsplan`;
      const page = $((await coord.agent.get(url)).text);
      expect(page('title').text()).toMatch(/^Herinneringsplan/);
      const res = await coord.agent.post(url).type('form').send({
        _csrf: coord.csrf, dagen: 'veertien', status: ['niet-gestart'], onderwerp: 'Herinnering', tekst: 'Zie {link}',
      });
      expect(res.status).toBe(422);
      expect($(res.text)('title').text()).toMatch(/^Fout: Herinneringsplan/);
    });
  });
});
