import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setOrganisation } from '../support/arrange.ts';
import { $, type Session, visit } from '../support/context.ts';
import { storedLinkHashes } from '../support/inspect.ts';
import { accountOn, organisationPage } from '../support/pages.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom, linkIn, startSmtp } from './support.ts';

let ctx: CoordinationContext;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let coord: Session;

beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await createCoordinationContext({ smtpUrl: smtp.url });
  coord = await ctx.loginAs('coord@example.nl', 'coordinator');
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});
beforeEach(() => {
  smtp.received.length = 0;
  ctx.setNow(new Date('2024-05-15T10:00:00Z'));
});

async function invite(org: string, emails: string) {
  const csrf = await csrfFrom(coord, `/beheer/organisaties/${org}`);
  return coord.agent.post(`/beheer/organisaties/${org}/uitnodigen`).type('form').send({ _csrf: csrf, emails });
}

/** A person who is not logged in, following the link from the e-mail. */
async function setPassword(path: string, password: string, confirm = password) {
  const { agent, page, csrf } = await visit(ctx.app, path);
  const res = await agent.post(path).type('form').send({ _csrf: csrf, password, confirm });
  return { page, res, agent };
}

async function loginWith(email: string, password: string) {
  const { agent, csrf } = await visit(ctx.app, '/inloggen');
  return agent.post('/inloggen').type('form').send({ email, password, _csrf: csrf });
}

describe('invitations', () => {
  it('invites two people of one organisation, each with their own single-use link, by real SMTP', async () => {
    const res = await invite('GM0014', 'een@groningen.nl\ntwee@groningen.nl');
    expect(res.status).toBe(303);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['een@groningen.nl', 'twee@groningen.nl']);
    const mail = smtp.received.find((m) => m.to[0] === 'een@groningen.nl')!;
    expect(mail.subject).toBe('Uitnodiging voor de Afsprakenmonitor Hervormingsagenda Jeugd');
    expect(mail.text).toContain('namens Groningen');
    expect(mail.text).toContain('https://monitor.example.nl/wachtwoord/instellen/');
    const links = smtp.received.map((m) => linkIn(m.text));
    expect(links[0]).not.toBe(links[1]);

    // The token is stored only as a hash.
    const token = links[0]!.split('/').pop()!;
    expect(await storedLinkHashes(ctx.services)).not.toContain(token);

    const page = await (await coord.agent.get('/beheer/organisaties/GM0014'));
    expect($(page.text)('#accounts ~ .table-scroll table').text()).toContain('Uitgenodigd op');

    const form = await request(ctx.app).get(linkIn(mail.text));
    expect(form.status).toBe(200);
    expect($(form.text)('h1').text()).toBe('Wachtwoord instellen');
    expect($(form.text)('#account-email').val()).toBe('een@groningen.nl');

    const { res: set } = await setPassword(linkIn(mail.text), 'een lange wachtzin 2024');
    expect(set.status).toBe(303);
    expect(set.headers.location).toBe('/inloggen');
    const login = await loginWith('een@groningen.nl', 'een lange wachtzin 2024');
    expect(login.status).toBe(303);
    expect(login.headers.location).not.toBe('/inloggen');
  });

  it('says clearly that a used link was used, and offers a new one', async () => {
    await invite('GM0034', 'almere@example.nl');
    const link = linkIn(smtp.received[0]!.text);
    await setPassword(link, 'mijn wachtwoord voor almere');
    const again = await request(ctx.app).get(link);
    expect(again.status).toBe(410);
    const page = $(again.text);
    expect(page('h1').text()).toBe('Deze link is al gebruikt');
    expect(page(`form[action="${link}/nieuwe-link"] button`).text()).toContain('nieuwe link');
    // Posting a password through it changes nothing.
    const { res } = await setPassword(link, 'een ander wachtwoord 123');
    expect(res.status).toBe(410);
    expect((await loginWith('almere@example.nl', 'mijn wachtwoord voor almere')).headers.location).not.toBe('/inloggen');
  });

  it('says an expired link has expired after 14 days; a new link from that page works and the old one stops', async () => {
    await invite('GM0037', 'stadskanaal@example.nl');
    const old = linkIn(smtp.received[0]!.text);
    ctx.setNow(new Date('2024-05-29T09:59:00Z'));
    expect((await request(ctx.app).get(old)).status).toBe(200);
    ctx.setNow(new Date('2024-05-29T10:01:00Z'));
    const expired = await request(ctx.app).get(old);
    expect(expired.status).toBe(410);
    expect($(expired.text)('h1').text()).toBe('Deze link is verlopen');

    smtp.received.length = 0;
    const { agent, csrf } = await visit(ctx.app, old);
    const renew = await agent.post(`${old}/nieuwe-link`).type('form').send({ _csrf: csrf });
    expect(renew.status).toBe(200);
    expect($(renew.text)('h1').text()).toBe('Controleer uw e-mail');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['stadskanaal@example.nl']);
    const fresh = linkIn(smtp.received[0]!.text);
    expect(fresh).not.toBe(old);
    expect((await request(ctx.app).get(fresh)).status).toBe(200);
  });

  it('a resent invitation replaces the previous link', async () => {
    await invite('GM0047', 'veendam@example.nl');
    const first = linkIn(smtp.received[0]!.text);
    const user = await accountOn(coord, 'GM0047', 'veendam@example.nl');
    const csrf = await csrfFrom(coord, '/beheer/organisaties/GM0047');
    const res = await coord.agent.post(`/beheer/gebruikers/${user.id}/opnieuw-uitnodigen`).type('form').send({ _csrf: csrf });
    expect(res.status).toBe(303);
    expect(smtp.received).toHaveLength(2);
    const second = linkIn(smtp.received[1]!.text);
    const replaced = await request(ctx.app).get(first);
    expect(replaced.status).toBe(410);
    expect($(replaced.text)('h1').text()).toBe('Er is een nieuwere link');
    expect((await request(ctx.app).get(second)).status).toBe(200);
  });

  it('keeps the typed addresses and sends nothing when one address is wrong', async () => {
    const res = await invite('GM0014', 'goed@example.nl\nfout@@example');
    expect(res.status).toBe(422);
    const page = $(res.text);
    expect(page('.error-summary').text()).toContain('fout@@example');
    expect(page('#emails').text()).toContain('goed@example.nl');
    expect(smtp.received).toHaveLength(0);
    expect((await organisationPage(coord, 'GM0014')).accounts.map((a) => a.email)).not.toContain('goed@example.nl');
  });

  it('refuses invitations to a deactivated organisation and sends nothing', async () => {
    await setOrganisation(ctx.services, 'GM0050', { active: 0 });
    const res = await invite('GM0050', 'zeewolde@example.nl');
    expect(res.status).toBe(422);
    expect($(res.text)('.error-summary').text()).toContain('is gedeactiveerd');
    expect(smtp.received).toHaveLength(0);
    expect((await organisationPage(coord, 'GM0050')).accounts.map((a) => a.email)).not.toContain('zeewolde@example.nl');
  });

  it('refuses an address that already belongs to another organisation', async () => {
    await ctx.addUser('bezet@example.nl', 'respondent', 'GM0363');
    const res = await invite('GM0014', 'bezet@example.nl');
    expect(res.status).toBe(422);
    expect($(res.text)('.error-summary').text()).toContain('andere organisatie');
    expect(smtp.received).toHaveLength(0);
  });

  it('asks for a long enough password, twice the same, and keeps the link valid meanwhile', async () => {
    await invite('GM0034', 'tweede-almere@example.nl');
    const link = linkIn(smtp.received[0]!.text);
    const short = await setPassword(link, 'kort');
    expect(short.res.status).toBe(422);
    expect($(short.res.text)('.error-summary').text()).toContain('minstens 12 tekens');
    expect($(short.res.text)('#password').attr('aria-invalid')).toBe('true');
    const mismatch = await setPassword(link, 'een goed wachtwoord', 'een ander wachtwoord');
    expect(mismatch.res.status).toBe(422);
    expect($(mismatch.res.text)('#confirm-fout').text()).toContain('niet gelijk');
    expect((await request(ctx.app).get(link)).status).toBe(200);
  });

  it('a deactivated account cannot log in and its open link stops working', async () => {
    await invite('GM0014', 'weg@example.nl');
    const link = linkIn(smtp.received[0]!.text);
    const user = await accountOn(coord, 'GM0014', 'weg@example.nl');
    const csrf = await csrfFrom(coord, '/beheer/organisaties/GM0014');
    await coord.agent.post(`/beheer/gebruikers/${user.id}/deactiveren`).type('form').send({ _csrf: csrf });
    const res = await request(ctx.app).get(link);
    expect(res.status).toBe(403);
    expect($(res.text)('h1').text()).toBe('Dit account is gedeactiveerd');
    // Resending to a deactivated account is refused with a message.
    const resend = await coord.agent.post(`/beheer/gebruikers/${user.id}/opnieuw-uitnodigen`).type('form').send({ _csrf: csrf });
    expect(resend.status).toBe(303);
    const page = await coord.agent.get('/beheer/organisaties/GM0014');
    expect($(page.text)('[role="alert"]').text()).toContain('is gedeactiveerd');
    expect(smtp.received).toHaveLength(1);
  });
});

describe('password reset', () => {
  it('sends a reset link that works once; the old password then stops working', async () => {
    await ctx.addUser('reset@example.nl', 'respondent', 'GM0363');
    const { agent, csrf } = await visit(ctx.app, '/wachtwoord-vergeten');
    const res = await agent.post('/wachtwoord-vergeten').type('form').send({ _csrf: csrf, email: 'Reset@Example.nl' });
    expect(res.status).toBe(200);
    expect($(res.text)('h1').text()).toBe('Controleer uw e-mail');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.subject).toContain('Wachtwoord opnieuw instellen');
    const link = linkIn(smtp.received[0]!.text);
    expect($((await request(ctx.app).get(link)).text)('h1').text()).toBe('Nieuw wachtwoord kiezen');
    const { res: set } = await setPassword(link, 'mijn nieuwe wachtzin');
    expect(set.status).toBe(303);
    expect((await loginWith('reset@example.nl', 'mijn nieuwe wachtzin')).headers.location).not.toBe('/inloggen');
    expect((await loginWith('reset@example.nl', 'test-wachtwoord-123')).status).toBe(401);
    expect((await request(ctx.app).get(link)).status).toBe(410);
  });

  it('a reset link expires after two hours', async () => {
    await ctx.addUser('traag@example.nl', 'respondent', 'GM0363');
    const { agent, csrf } = await visit(ctx.app, '/wachtwoord-vergeten');
    await agent.post('/wachtwoord-vergeten').type('form').send({ _csrf: csrf, email: 'traag@example.nl' });
    const link = linkIn(smtp.received[0]!.text);
    ctx.setNow(new Date('2024-05-15T12:01:00Z'));
    expect($((await request(ctx.app).get(link)).text)('h1').text()).toBe('Deze link is verlopen');
  });

  it('says the same for an unknown address, and sends nothing', async () => {
    const { agent, csrf } = await visit(ctx.app, '/wachtwoord-vergeten');
    const res = await agent.post('/wachtwoord-vergeten').type('form').send({ _csrf: csrf, email: 'niemand@example.nl' });
    expect(res.status).toBe(200);
    expect($(res.text)('h1').text()).toBe('Controleer uw e-mail');
    expect(smtp.received).toHaveLength(0);
  });

  it('asks for a valid address, keeping what was typed', async () => {
    const { agent, csrf } = await visit(ctx.app, '/wachtwoord-vergeten');
    const res = await agent.post('/wachtwoord-vergeten').type('form').send({ _csrf: csrf, email: 'geen-adres' });
    expect(res.status).toBe(422);
    expect($(res.text)('#email').val()).toBe('geen-adres');
    expect($(res.text)('.error-summary a[href="#email"]').text()).toContain('geldig e-mailadres');
  });

  it('the login page links to it', async () => {
    const page = await request(ctx.app).get('/inloggen');
    expect($(page.text)('a[href="/wachtwoord-vergeten"]').text()).toBe('Wachtwoord vergeten?');
  });

  it('an unknown link says so', async () => {
    const res = await request(ctx.app).get('/wachtwoord/instellen/dit-is-geen-bestaande-link-0123456789');
    expect(res.status).toBe(404);
    expect($(res.text)('h1').text()).toBe('Deze link kennen wij niet');
  });
});
