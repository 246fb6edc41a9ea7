import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addInvitedAccount, deactivateAccount, issueAccountLink } from '../support/arrange.ts';
import { $, type Session } from '../support/context.ts';
import { accountId } from '../support/inspect.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom, linkIn, startSmtp } from '../coordination/support.ts';

/**
 * Issue 16, point 2: the invitations nobody used, paged on the server (50 a page, as the workbench),
 * sent again all at once or one by one. 55 unused (40 still open, 15 expired), and beside them
 * invitations that do not belong in the list: used, of a deactivated account, of a staff account.
 */
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let ctx: CoordinationContext;
let coord: Session;
const gemeenten = ['GM0014', 'GM0037', 'GM0047', 'GM0765', 'GM1895'];

async function invitation(email: string, org: string | null, opts: { expired?: boolean; used?: boolean; role?: string; inactive?: boolean } = {}) {
  const s = ctx.services;
  const userId = await addInvitedAccount(s, email, org, '2024-05-01T09:00:00Z', opts.role ?? 'respondent');
  const createdAt = opts.expired ? '2024-04-20T09:00:00Z' : '2024-05-10T09:00:00Z';
  const expiresAt = opts.expired ? '2024-05-04T09:00:00Z' : '2024-05-24T09:00:00Z';
  await issueAccountLink(s, email, {
    purpose: 'uitnodiging', token: `oud-${email}`, createdAt, expiresAt, ...(opts.used ? { usedAt: '2024-05-11T09:00:00Z' } : {}),
  });
  if (opts.inactive) await deactivateAccount(s, userId);
}

beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await createCoordinationContext({ smtpUrl: smtp.url });
  for (let i = 0; i < 55; i++) {
    await invitation(`persoon${String(i).padStart(2, '0')}@gemeente.example.nl`, gemeenten[i % 5]!, { expired: i >= 40 });
  }
  await invitation('gebruikt@gemeente.example.nl', 'GM0014', { used: true });
  await invitation('weg@gemeente.example.nl', 'GM0014', { inactive: true });
  await invitation('analist@example.nl', null, { role: 'analyst' });
  await ctx.addUser('coord@example.nl', 'coordinator');
  coord = await ctx.login('coord@example.nl');
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});
beforeEach(() => {
  smtp.received.length = 0;
});

const page = async (q = '') => $((await coord.agent.get(`/beheer/uitnodigingen/ongebruikt${q}`)).text);
const emails = (p: ReturnType<typeof $>) => p('#ongebruikt tbody tr').map((_i, tr) => p(tr).attr('data-email')).get();

describe('invitations that were never used', () => {
  it('lists them, 50 a page, by organisation; only unused invitations of active respondents', async () => {
    const first = await page();
    expect(first('#aantal').text()).toContain('55 uitnodigingen zijn niet gebruikt; pagina 1 van 2');
    expect(emails(first)).toHaveLength(50);
    const second = await page('?pagina=2');
    expect(emails(second)).toHaveLength(5);
    const all = [...emails(first), ...emails(second)];
    expect(new Set(all).size).toBe(55);
    for (const e of ['gebruikt@gemeente.example.nl', 'weg@gemeente.example.nl', 'analist@example.nl']) expect(all).not.toContain(e);
    // Sorted by organisation name: Groningen first.
    expect(first('#ongebruikt tbody tr').first().find('td').first().text()).toBe('Groningen');
    const row = (p: ReturnType<typeof $>, email: string) => p(`#ongebruikt tr[data-email="${email}"] td`).eq(2).text();
    expect(row((await page(`?pagina=${emails(first).includes('persoon00@gemeente.example.nl') ? 1 : 2}`)), 'persoon00@gemeente.example.nl')).toBe('geldig tot 24 mei 2024 om 11:00');
    expect(row((await page(`?pagina=${emails(first).includes('persoon45@gemeente.example.nl') ? 1 : 2}`)), 'persoon45@gemeente.example.nl')).toBe('verlopen');
    expect((await page('?pagina=99'))('#aantal').text()).toContain('pagina 2 van 2');
    expect(first('a[rel="next"]').attr('href')).toBe('/beheer/uitnodigingen/ongebruikt?pagina=2');
  });

  it('sends one again from its row, back on the same page; the old link stops working', async () => {
    const second = await page('?pagina=2');
    const email = emails(second)[0]!;
    const action = second(`#ongebruikt tr[data-email="${email}"] form`).attr('action')!;
    const res = await coord.agent.post(action).type('form').send({ _csrf: await csrfFrom(coord, '/beheer/uitnodigingen/ongebruikt'), pagina: '2' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/beheer/uitnodigingen/ongebruikt?pagina=2');
    expect(smtp.received.map((m) => m.to[0])).toEqual([email]);
    expect((await request(ctx.app).get(`/wachtwoord/instellen/oud-${email}`)).status).toBe(410);
    expect((await request(ctx.app).get(linkIn(smtp.received[0]!.text))).status).toBe(200);
    // A staff account cannot be reached this way.
    const staffId = await accountId(ctx.services, 'analist@example.nl');
    const staff = await coord.agent.post(`/beheer/uitnodigingen/ongebruikt/${staffId}/opnieuw`).type('form').send({ _csrf: await csrfFrom(coord, '/beheer') });
    expect(staff.status).toBe(404);
  });

  it('sends all of them again in one action (every page), each a fresh single-use link', async () => {
    const res = await coord.agent.post('/beheer/uitnodigingen/ongebruikt/opnieuw').type('form').send({ _csrf: await csrfFrom(coord, '/beheer/uitnodigingen/ongebruikt') });
    expect(res.status).toBe(303);
    expect(smtp.received).toHaveLength(55);
    expect(new Set(smtp.received.map((m) => linkIn(m.text))).size).toBe(55);
    const after = await page();
    expect(after('.utrecht-alert, [role="status"]').text()).toContain('Een nieuwe uitnodiging is verstuurd naar 55 personen; de oude links werken niet meer.');
    // Still unused (nobody set a password yet), now all open again.
    expect(after('#aantal').text()).toContain('55 uitnodigingen zijn niet gebruikt');
    expect(after('#ongebruikt td:contains("verlopen")').length).toBe(0);
  });
});
