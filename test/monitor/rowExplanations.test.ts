/**
 * Issue 14, point 5: each table row says how many explanations were given and opens them in place
 * (<details>, no JavaScript needed), with a link to the explanations page filtered to that
 * agreement, which lists as many.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, createTestContext, type TestContext } from '../support/context.ts';
import { seedResponse, WAVE } from './fixtures.ts';

let ctx: TestContext;
const Q = 'gemeente.aanpalende-domeinen.01';

beforeAll(async () => {
  ctx = await createTestContext();
  const s = ctx.services;
  await ctx.addUser('analist@example.nl', 'analyst');
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
  await seedResponse(s, 'GM0014', { [Q]: 'ja', [`${Q}.toelichting`]: 'Samen met de wijkteams.' });
  await seedResponse(s, 'GM0363', { [Q]: 'nee', [`${Q}.toelichting`]: 'Nog in overleg.\nVolgend jaar meer.' });
  await seedResponse(s, 'GM0034', { [Q]: 'ja' });
  // A concept's explanation is not shown on the explanations page, so not counted either.
  await seedResponse(s, 'GM0037', { [Q]: 'ja', [`${Q}.toelichting`]: 'Concept' }, { submitted: false });
});
afterAll(() => ctx.close());

describe('explanations beside the table rows', () => {
  for (const user of ['analist@example.nl', 'ams@example.nl']) {
    it(`count and link to the explanations of that agreement (${user})`, async () => {
      const { agent } = await ctx.login(user);
      const page = $((await agent.get(`/monitor/${WAVE}/thema/aanpalende-domeinen`)).text);
      const details = page(`#rij-${Q.replaceAll('.', '-')} details.row-explanations`);
      expect(details.find('summary').text()).toBe('2 toelichtingen bij deze vraag');
      expect(details.find('.explanation-list__text').map((_i, el) => page(el).text()).get().sort())
        .toEqual(['Nog in overleg.\nVolgend jaar meer.', 'Samen met de wijkteams.']);
      // Names of organisations only for staff, as on the explanations page.
      expect(details.find('.explanation-list__meta strong').length).toBe(user.startsWith('analist') ? 2 : 0);
      const link = details.find('a.explanations-link');
      expect(link.length).toBe(1);
      const href = link.attr('href')!;
      expect(href).toBe(`/monitor/${WAVE}/toelichtingen?vraag=${encodeURIComponent(Q)}`);
      const target = $((await agent.get(href)).text);
      expect(target('.explanation-group').length).toBe(1);
      expect(target('.explanation-list__item').length).toBe(2);
      // A row without explanations has no link.
      expect(page('#rij-gemeente-aanpalende-domeinen-02 details').length).toBe(0);
    });
  }
});
