import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emlText } from '../../server/mail/outbox.ts';
import { $, type Session } from '../support/context.ts';
import { storedMailBodies } from '../support/inspect.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom, linkIn, startSmtp } from './support.ts';


describe('without a mail server: the outbox', () => {
  let ctx: CoordinationContext;
  let coord: Session;
  let admin: Session;
  beforeAll(async () => {
    ctx = await createCoordinationContext();
    coord = await ctx.loginAs('coord@example.nl', 'coordinator');
    admin = await ctx.loginAs('admin@example.nl', 'admin');
  });
  afterAll(() => ctx.close());

  it('writes each message as a file and lists it; only a beheerder sees the personal link', async () => {
    const csrf = await csrfFrom(coord, '/beheer/organisaties/GM0014');
    const res = await coord.agent.post('/beheer/organisaties/GM0014/uitnodigen').type('form').send({ _csrf: csrf, emails: 'outbox@groningen.nl' });
    expect(res.status).toBe(303);

    const files = readdirSync(ctx.outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const raw = readFileSync(path.join(ctx.outboxDir, files[0]!), 'utf8');
    expect(raw).toMatch(/^To: outbox@groningen\.nl$/m);
    const link = linkIn(emlText(raw)!);

    const log = $((await coord.agent.get('/beheer/e-mail')).text);
    expect(log('.utrecht-alert--info').text()).toContain('geen mailserver');
    const row = log('table tbody tr').first().text().replace(/\s+/g, ' ');
    expect(row).toContain('outbox@groningen.nl');
    expect(row).toContain(`In outbox: ${files[0]}`);
    const href = log('table tbody tr a').filter((_i, el) => (log(el).attr('href') ?? '').startsWith('/beheer/e-mail/')).attr('href')!;

    const asCoord = $((await coord.agent.get(href)).text);
    expect(asCoord('pre').text()).toContain('[persoonlijke link: niet bewaard]');
    expect(asCoord('pre').text()).not.toContain('/wachtwoord/instellen/');
    const asAdmin = $((await admin.agent.get(href)).text);
    expect(asAdmin('pre').text()).toContain(`https://monitor.example.nl${link}`);
    expect(asAdmin('pre').text()).toContain('namens Groningen');

    // The database never holds the link either.
    const bodies = await storedMailBodies(ctx.services);
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.every((b) => !b.includes(link))).toBe(true);
    expect((await request(ctx.app).get(link)).status).toBe(200);
  });

  it('filters the log by kind and answers 404 for an unknown message', async () => {
    const page = $((await coord.agent.get('/beheer/e-mail?soort=herinnering')).text);
    expect(page('table').length).toBe(0);
    expect((await coord.agent.get('/beheer/e-mail/999999')).status).toBe(404);
  });
});

describe('with a mail server that fails', () => {
  let ctx: CoordinationContext;
  let coord: Session;
  beforeAll(async () => {
    // A port where nothing listens: the server is gone.
    const smtp = await startSmtp();
    const url = smtp.url;
    await smtp.close();
    ctx = await createCoordinationContext({ smtpUrl: url });
    coord = await ctx.loginAs('coord@example.nl', 'coordinator');
  });
  afterAll(() => ctx.close());

  it('says which messages did not go out and logs them as failed', async () => {
    const csrf = await csrfFrom(coord, '/beheer/organisaties/GM0014');
    const res = await coord.agent.post('/beheer/organisaties/GM0014/uitnodigen').type('form').send({ _csrf: csrf, emails: 'mislukt@groningen.nl' });
    expect(res.status).toBe(303);
    const page = $((await coord.agent.get('/beheer/organisaties/GM0014')).text);
    expect(page('[role="alert"]').text()).toContain('Versturen mislukt naar mislukt@groningen.nl');
    expect(page('#e-mail + .table-scroll table').text()).toContain('Mislukt');
    const log = $((await coord.agent.get('/beheer/e-mail')).text);
    expect(log('table tbody tr').first().text()).toContain('Mislukt');
    // The account exists and can be invited again later.
    expect(page('#accounts + .table-scroll table').text()).toContain('Opnieuw uitnodigen');
  });
});
