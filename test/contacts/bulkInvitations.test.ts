import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addContact, addInvitedAccount, issueAccountLink } from '../support/arrange.ts';
import { $, type Session } from '../support/context.ts';
import { storedAccount } from '../support/inspect.ts';
import { WAVE } from '../support/wave.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom, linkIn, startSmtp } from '../coordination/support.ts';

/**
 * Issue 16, point 2: bulk invitations of contact people, through the in-process SMTP server. Fixture in
 * jeugdregio Groningen (JZ01, ten gemeenten): GM0014 two contacts with an address (one a vaststeller) and
 * one without; GM0037 a contact who already has an account; GM0047 one whose invitation is still open;
 * GM0765 one whose invitation expired; GM1895 one whose address is a coordinator's account; the other
 * five gemeenten have no contacts.
 */
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let ctx: CoordinationContext;
let coord: Session;
const SELECTION = `ronde=${WAVE}&soort=gemeente&regio=JZ01`;

async function invited(email: string, org: string, createdAt: string, expiresAt: string) {
  await addInvitedAccount(ctx.services, email, org, createdAt);
  await issueAccountLink(ctx.services, email, { purpose: 'uitnodiging', token: `oud-${email}`, createdAt, expiresAt });
}

beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await createCoordinationContext({ smtpUrl: smtp.url });
  const now = '2024-05-01T00:00:00Z';
  const contact = (org: string, name: string, email: string | null, role = 'contactpersoon') =>
    addContact(ctx.services, org, { name, email, role, role_other: null }, now);
  await contact('GM0014', 'Anna de Vries', 'anna@groningen.example.nl');
  await contact('GM0014', 'Victor Vast', 'victor@groningen.example.nl', 'vaststeller');
  await contact('GM0014', 'Bram Bakker', null, 'vaststeller');
  await contact('GM0037', 'Cor Smit', 'cor@stadskanaal.example.nl');
  await ctx.addUser('cor@stadskanaal.example.nl', 'respondent', 'GM0037');
  await contact('GM0047', 'Dina Dijk', 'dina@veendam.example.nl');
  await invited('dina@veendam.example.nl', 'GM0047', '2024-05-10T09:00:00Z', '2024-05-24T09:00:00Z');
  await contact('GM0765', 'Eef Eerde', 'eef@pekela.example.nl');
  await invited('eef@pekela.example.nl', 'GM0765', '2024-04-10T09:00:00Z', '2024-04-24T09:00:00Z');
  await contact('GM1895', 'Fleur Coördinator', 'coord@example.nl');
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

const preview = async (q: string) => $((await coord.agent.get(`/beheer/uitnodigingen/voorbeeld?${q}`)).text);
const lines = (p: ReturnType<typeof $>, table: string) =>
  p(`#${table} tbody tr`).map((_i, tr) => [p(tr).children().map((_j, c) => p(c).text().replace(/\s+/g, ' ').trim()).get()]).get() as string[][];

describe('bulk invitations', () => {
  it('the form offers the selection; the preview says who gets what and who is skipped and why, and sends nothing', async () => {
    const form = $((await coord.agent.get('/beheer/uitnodigingen')).text);
    expect(form('label[for="geenAccount"]').text()).toContain('nog geen account');
    expect(form('label[for="ongebruikt"]').text()).toContain('uitnodiging die niet is gebruikt');
    const p = await preview(SELECTION);
    expect(p('#samenvatting').text().replace(/\s+/g, ' ')).toContain(
      '10 organisaties passen bij de keuze (Monitor van de afspraken Hervormingsagenda Jeugd 2024). 3 personen krijgen een uitnodiging; '
      + '4 contactpersonen worden overgeslagen en 5 organisaties hebben geen contactpersonen. Er is nog niets verstuurd.',
    );
    expect(lines(p, 'uitnodigen')).toEqual([
      ['Groningen', 'Anna de Vries (contactpersoon monitor)', 'anna@groningen.example.nl', 'Nieuw account (respondent) en een uitnodiging'],
      ['Groningen', 'Victor Vast (vaststeller)', 'victor@groningen.example.nl', 'Nieuw account (respondent en vaststeller) en een uitnodiging'],
      ['Pekela', 'Eef Eerde (contactpersoon monitor)', 'eef@pekela.example.nl', 'Nieuwe uitnodiging; de vorige link is niet gebruikt en werkt dan niet meer'],
    ]);
    expect(lines(p, 'overslaan').map((l) => [l[1], l[3]])).toEqual([
      ['Bram Bakker (vaststeller)', 'geen e-mailadres'],
      ['Fleur Coördinator (contactpersoon monitor)', 'dit adres hoort bij een account van een andere organisatie of met een andere rol'],
      ['Cor Smit (contactpersoon monitor)', 'heeft al een account'],
      ['Dina Dijk (contactpersoon monitor)', 'uitnodiging staat nog open (geldig tot 24 mei 2024 om 11:00)'],
    ]);
    expect(p('#zonder-contactpersonen ~ ul li').length).toBe(5);
    expect(p('form[action="/beheer/uitnodigingen/versturen"] button').text()).toBe('Uitnodiging versturen aan 3 personen');
    expect(smtp.received).toEqual([]);
    expect(await storedAccount(ctx.services, 'anna@groningen.example.nl')).toBeUndefined();
  });

  it("filters on 'nog geen account' and 'uitnodiging niet gebruikt', and on chosen organisations", async () => {
    const noAccount = await preview(`${SELECTION}&geenAccount=ja`);
    expect(noAccount('#samenvatting').text()).toContain('9 organisaties passen bij de keuze');
    expect(lines(noAccount, 'overslaan').map((l) => l[1])).not.toContain('Cor Smit (contactpersoon monitor)');
    const unused = await preview(`${SELECTION}&ongebruikt=ja`);
    expect(unused('#samenvatting').text()).toContain('2 organisaties passen bij de keuze');
    expect(lines(unused, 'uitnodigen').map((l) => l[2])).toEqual(['eef@pekela.example.nl']);
    const chosen = await preview(`ronde=${WAVE}&organisatie=GM0765&organisatie=GM0037&werkbank=ja`);
    expect(chosen('#samenvatting').text()).toContain('2 organisaties passen bij de keuze');
    const none = await coord.agent.get(`/beheer/uitnodigingen/voorbeeld?ronde=${WAVE}&werkbank=ja`);
    expect(none.status).toBe(422);
    expect($(none.text)('#foutmeldingen').text()).toContain('Kies in de lijst ‘Nog niet ingediend’ minstens één organisatie.');
  });

  it('sends: one single-use link per person by SMTP; a vaststeller gets a respondent account that may approve', async () => {
    const fields = { _csrf: await csrfFrom(coord, '/beheer/uitnodigingen'), ronde: WAVE, soort: 'gemeente', regio: 'JZ01', provincie: '', status: '' };
    const res = await coord.agent.post('/beheer/uitnodigingen/versturen').type('form').send(fields);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/beheer/uitnodigingen/ongebruikt');
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['anna@groningen.example.nl', 'eef@pekela.example.nl', 'victor@groningen.example.nl']);
    const anna = smtp.received.find((m) => m.to[0] === 'anna@groningen.example.nl')!;
    expect(anna.subject).toBe('Uitnodiging voor de Afsprakenmonitor Hervormingsagenda Jeugd');
    expect(anna.text).toContain('namens Groningen');
    expect((await storedAccount(ctx.services, 'victor@groningen.example.nl'))!).toMatchObject({ role: 'respondent', sign_off: 1 });
    expect((await storedAccount(ctx.services, 'anna@groningen.example.nl'))!).toMatchObject({ role: 'respondent', sign_off: 0 });
    const list = $((await coord.agent.get('/beheer/uitnodigingen/ongebruikt')).text);
    expect(list('.utrecht-alert, [role="status"]').text()).toContain('Uitnodiging verstuurd naar 3 personen.');

    // The link works once.
    const link = linkIn(anna.text);
    const agent = request.agent(ctx.app);
    const form = await agent.get(link);
    expect(form.status).toBe(200);
    const csrf = $(form.text)('meta[name="csrf-token"]').attr('content') ?? '';
    const set = await agent.post(link).type('form').send({ _csrf: csrf, password: 'een lange wachtzin 2024', confirm: 'een lange wachtzin 2024' });
    expect(set.status).toBe(303);
    const again = await request(ctx.app).get(link);
    expect(again.status).toBe(410);

    // Sending the same selection again sends nothing new: each is skipped, and why.
    smtp.received.length = 0;
    const p = await preview(SELECTION);
    expect(p('#samenvatting').text()).toContain('0 personen krijgen een uitnodiging');
    expect(lines(p, 'overslaan').filter((l) => l[2] !== 'geen').map((l) => [l[2], l[3]])).toEqual([
      ['anna@groningen.example.nl', 'heeft al een account'],
      ['victor@groningen.example.nl', 'uitnodiging staat nog open (geldig tot 29 mei 2024 om 12:00)'],
      ['coord@example.nl', 'dit adres hoort bij een account van een andere organisatie of met een andere rol'],
      ['eef@pekela.example.nl', 'uitnodiging staat nog open (geldig tot 29 mei 2024 om 12:00)'],
      ['cor@stadskanaal.example.nl', 'heeft al een account'],
      ['dina@veendam.example.nl', 'uitnodiging staat nog open (geldig tot 24 mei 2024 om 11:00)'],
    ]);
    const empty = await coord.agent.post('/beheer/uitnodigingen/versturen').type('form').send(fields);
    expect(empty.status).toBe(422);
    expect($(empty.text)('#foutmeldingen').text()).toContain('In deze keuze is er niemand om uit te nodigen. Er is niets verstuurd.');
    expect(smtp.received).toEqual([]);
  });

  it('the workbench shows the contact people and offers to invite the chosen organisations', async () => {
    const p = $((await coord.agent.get(`/beheer/niet-ingediend?${SELECTION}`)).text);
    const cell = p('#werkbank tr[data-code="GM0014"] td').eq(2).text();
    // Anna set her password (above): her account and her contact are one line, with her name.
    expect(cell).toContain('Anna de Vries (contactpersoon monitor) <anna@groningen.example.nl>, Victor Vast (vaststeller) <victor@groningen.example.nl>, Bram Bakker (vaststeller, geen e-mail)');
    expect(p('button[formaction="/beheer/uitnodigingen/voorbeeld"]').text()).toContain('Contactpersonen van gekozen organisaties uitnodigen');
    const csv = await coord.agent.get(`/beheer/niet-ingediend/download.csv?${SELECTION}&zoek=groningen`).buffer(true);
    expect(csv.text).toContain('Victor Vast (vaststeller) <victor@groningen.example.nl>');
  });
});
