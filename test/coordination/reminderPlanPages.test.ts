/**
 * Issue 16, point 4: a coordinator keeps a wave's reminder plan on a page of the wave, without
 * JavaScript: add, change and remove steps; bad input gets a Dutch message at the field and
 * changes nothing. The wave runs 8 April – 30 June 2024; the clock stands on 15 May.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearReminderPlans } from '../support/arrange.ts';
import { $, type Session, type TestContext } from '../support/context.ts';
import { WAVE, WAVE_2018 } from '../support/wave.ts';
import { csrfFrom } from './support.ts';
import { addStep, planContext, planUrl, startFlakySmtp, tick, type FlakySmtp } from './reminderPlanSupport.ts';

let smtp: FlakySmtp;
let ctx: TestContext;
let coord: Session;
const MAY = new Date('2024-05-15T10:00:00Z');

beforeAll(async () => {
  smtp = await startFlakySmtp();
  ctx = await planContext(smtp.url, MAY);
  await ctx.addUser('coord@example.nl', 'coordinator');
  coord = await ctx.login('coord@example.nl');
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});
beforeEach(async () => {
  ctx.setNow(MAY);
  await clearReminderPlans(ctx.services);
});

const page = async (url = planUrl) => $((await coord.agent.get(url)).text);
const steps = async () => {
  const p = await page();
  p('#stappen br').replaceWith(' ');
  return p('#stappen tbody tr').map((_i, tr) => p(tr).text().replace(/\s+/g, ' ').trim()).get();
};

describe('the reminder plan page', () => {
  it('shows an empty plan with the usual reminder text ready to use', async () => {
    const res = await coord.agent.get(planUrl);
    expect(res.status).toBe(200);
    const p = $(res.text);
    expect(p('h1').text()).toBe('Herinneringsplan');
    expect(p('main').text()).toContain('Er zijn nog geen stappen');
    expect(p('#onderwerp').val()).toBe('Herinnering: vragenlijst {ronde}');
    expect(p('#tekst').text()).toContain('{link}');
    expect(p('#status-niet-gestart').attr('checked')).toBeDefined();
    // Reached from the wave's own page.
    const wave = await page(`/beheer/rondes/${WAVE}`);
    expect(wave(`a[href="${planUrl}"]`).length).toBe(1);
  });

  it('adds steps 14 and 3 days before the closing date, shown with their day and hour', async () => {
    const res = await addStep(coord, { dagen: '14', status: 'niet-gestart' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(planUrl);
    expect((await page())('.utrecht-alert').text()).toContain('De herinnering gaat uit op 16 juni 2024 om 9.00 uur.');
    expect((await addStep(coord, { dagen: ' 3 ' })).status).toBe(303);
    expect(await steps()).toEqual([
      expect.stringMatching(/^14 dagen vóór de sluitdatum 16 juni 2024 om 09:00 Niet gestart Herinnering \{ronde\} Gepland/),
      expect.stringMatching(/^3 dagen vóór de sluitdatum 27 juni 2024 om 09:00 Niet gestart en Bezig Herinnering \{ronde\} Gepland/),
    ]);
  });

  const bad: [string, Record<string, unknown>, string, string][] = [
    ['no number', { dagen: '' }, 'dagen', 'Vul in hoeveel dagen vóór de sluitdatum'],
    ['not a number', { dagen: 'veertien' }, 'dagen', '‘veertien’ is geen heel aantal dagen'],
    ['a fraction', { dagen: '3,5' }, 'dagen', '‘3,5’ is geen heel aantal dagen'],
    ['after the closing date', { dagen: '-2' }, 'dagen', 'Deze dag valt na de sluitdatum (30 juni 2024)'],
    ['in the past', { dagen: '60' }, 'dagen', 'Die dag (1 mei 2024) is al voorbij'],
    ['no audience', { dagen: '14', status: [] }, 'status', 'Kies aan wie de herinnering gaat'],
    ['an audience that is not offered', { dagen: '14', status: 'ingediend' }, 'status', 'Kies alleen ‘Niet gestart’ of ‘Bezig’'],
    ['a text without its link', { dagen: '14', tekst: 'Vul de vragenlijst in.' }, 'tekst', 'Neem {link} op in de tekst'],
  ];
  for (const [what, form, field, message] of bad) {
    it(`refuses ${what} with a message at the field, keeps what was typed and changes nothing`, async () => {
      await addStep(coord, { dagen: '7' });
      const before = await steps();
      const res = await addStep(coord, { onderwerp: 'Mijn onderwerp', ...form });
      expect(res.status).toBe(422);
      const p = $(res.text);
      expect(p(`#${field}-fout`).text()).toContain(message);
      expect(p('.error-summary a').first().attr('href')).toBe(`#${field}`);
      expect(p('#onderwerp').val()).toBe('Mijn onderwerp');
      if (typeof form.dagen === 'string') expect(p('#dagen').val()).toBe(form.dagen);
      expect(await steps()).toEqual(before);
    });
  }

  it('refuses a day before the fieldwork opens', async () => {
    ctx.setNow(new Date('2024-03-01T10:00:00Z'));
    const res = await addStep(coord, { dagen: '90' });
    expect(res.status).toBe(422);
    expect($(res.text)('#dagen-fout').text()).toContain('Die dag (1 april 2024) valt vóór de opening van het veldwerk op 8 april 2024');
    expect(await steps()).toEqual([]);
  });

  it('refuses a second step on the same day', async () => {
    await addStep(coord, { dagen: '14' });
    const res = await addStep(coord, { dagen: '14' });
    expect(res.status).toBe(422);
    expect($(res.text)('#dagen-fout').text()).toContain('Er is al een stap op 14 dagen vóór de sluitdatum');
    expect(await steps()).toHaveLength(1);
  });

  it('changes a planned step; bad input there changes nothing either', async () => {
    await addStep(coord, { dagen: '14' });
    const edit = (await page())('#stappen a:contains("Wijzigen")').attr('href')!;
    const form = await page(edit);
    expect(form('#dagen').val()).toBe('14');
    const csrf = await csrfFrom(coord, edit);
    const send = (over: Record<string, unknown>) => coord.agent.post(edit).type('form').send({
      _csrf: csrf, dagen: '10', status: 'bezig', onderwerp: 'Nog tien dagen', tekst: 'Beste {organisatie}: {link}', ...over,
    });
    const wrong = await send({ dagen: '-1' });
    expect(wrong.status).toBe(422);
    expect($(wrong.text)('#dagen-fout').text()).toContain('na de sluitdatum');
    expect($(wrong.text)('#onderwerp').val()).toBe('Nog tien dagen');
    expect((await steps())[0]).toMatch(/^14 dagen/);
    expect((await send({})).status).toBe(303);
    expect(await steps())
      .toEqual([expect.stringMatching(/^10 dagen vóór de sluitdatum 20 juni 2024 om 09:00 Bezig Nog tien dagen Gepland/)]);
  });

  it('removes a planned step', async () => {
    await addStep(coord, { dagen: '14' });
    const action = (await page())('#stappen form').attr('action')!;
    const res = await coord.agent.post(action).type('form').send({ _csrf: await csrfFrom(coord, planUrl) });
    expect(res.status).toBe(303);
    expect((await page())('.utrecht-alert').text()).toContain('De stap is verwijderd.');
    expect(await steps()).toEqual([]);
  });

  it('keeps a step that has started as it is: no change, no removal', async () => {
    await addStep(coord, { dagen: '14' });
    const edit = (await page())('#stappen a:contains("Wijzigen")').attr('href')!;
    ctx.setNow(new Date('2024-06-16T07:00:00Z'));
    await tick(ctx);
    const p = await page();
    expect(p('#stappen a:contains("Wijzigen")').length).toBe(0);
    expect((await coord.agent.get(edit)).status).toBe(303);
    const csrf = await csrfFrom(coord, planUrl);
    const res = await coord.agent.post(edit).type('form')
      .send({ _csrf: csrf, dagen: '10', status: 'bezig', onderwerp: 'x', tekst: '{link}' });
    expect(res.status).toBe(422);
    expect($(res.text)('#dagen-fout').text()).toContain('al uitgevoerd');
    await coord.agent.post(`${edit}/verwijderen`).type('form').send({ _csrf: csrf });
    expect(await steps()).toEqual([expect.stringMatching(/^14 dagen .* Uitgevoerd/)]);
  });

  it('does not show or change a step through another wave', async () => {
    await addStep(coord, { dagen: '14' });
    const edit = (await page())('#stappen a:contains("Wijzigen")').attr('href')!;
    const other = edit.replace(WAVE, WAVE_2018);
    expect((await coord.agent.get(other)).status).toBe(404);
    expect((await coord.agent.get(`/beheer/rondes/onbekend/herinneringsplan`)).status).toBe(404);
  });

  it('shows script and HTML typed in a step as text', async () => {
    const payload = '<script>alert(1)</script> "><img src=x onerror=alert(1)>';
    expect((await addStep(coord, { dagen: '14', onderwerp: payload, tekst: `${payload} {link}` })).status).toBe(303);
    const p = await page();
    const edit = p('#stappen a:contains("Wijzigen")').attr('href')!;
    for (const html of [p.html(), (await page(edit)).html()]) {
      const q = $(html);
      expect(q('script:not([src])').length).toBe(0);
      expect(q('[onerror]').length).toBe(0);
      expect(q('main').text()).toContain('<script>alert(1)</script>');
    }
  });
});
