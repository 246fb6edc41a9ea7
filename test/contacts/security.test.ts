import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addContact } from '../support/arrange.ts';
import { $, type Session } from '../support/context.ts';
import { contactFootprint } from '../support/inspect.ts';
import { WAVE } from '../support/wave.ts';
import { createCoordinationContext, type CoordinationContext } from '../coordination/support.ts';

/** The new routes of issue 16 points 1 and 2: refused without a CSRF token (nothing changes), and names escaped everywhere. */
let ctx: CoordinationContext;
let coord: Session;
let contactId: number;
let userId: number;
const SCRIPT = '<script>alert(1)</script>';

beforeAll(async () => {
  ctx = await createCoordinationContext();
  contactId = await addContact(ctx.services, 'GM0014', { name: `Anna ${SCRIPT}`, email: 'anna@groningen.example.nl', role: 'anders', role_other: `<b>rol</b>` }, '2024-05-01T00:00:00Z');
  userId = await ctx.addUser('coord@example.nl', 'coordinator');
  coord = await ctx.login('coord@example.nl');
});
afterAll(() => ctx.close());

const footprint = () => contactFootprint(ctx);

describe('contacts and bulk invitations: CSRF and escaping', () => {
  it('refuses every state-changing route without a token, and nothing changes', async () => {
    const before = await footprint();
    for (const path of [
      '/beheer/organisaties/GM0014/contactpersonen', `/beheer/organisaties/GM0014/contactpersonen/${contactId}`,
      `/beheer/organisaties/GM0014/contactpersonen/${contactId}/verwijderen`, '/beheer/uitnodigingen/versturen',
      '/beheer/uitnodigingen/ongebruikt/opnieuw', `/beheer/uitnodigingen/ongebruikt/${userId}/opnieuw`,
    ]) {
      const res = await coord.agent.post(path).type('form').send({ naam: 'X', ronde: WAVE });
      expect(res.status, path).toBe(403);
      const wrong = await coord.agent.post(path).type('form').send({ _csrf: 'nep-token', naam: 'X', ronde: WAVE });
      expect(wrong.status, path).toBe(403);
    }
    expect(await footprint()).toEqual(before);
  });

  it('shows a name with HTML as text on the organisation page, the preview and the workbench', async () => {
    for (const url of ['/beheer/organisaties/GM0014', `/beheer/uitnodigingen/voorbeeld?ronde=${WAVE}&regio=JZ01`, `/beheer/niet-ingediend?ronde=${WAVE}&zoek=groningen`]) {
      const html = (await coord.agent.get(url)).text;
      expect(html, url).not.toContain(SCRIPT);
      expect(html, url).not.toContain('<b>rol</b>');
      expect($(html)('main').text(), url).toContain(`Anna ${SCRIPT}`);
    }
  });
});
