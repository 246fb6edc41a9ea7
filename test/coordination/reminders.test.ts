import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addInvitedAccount, deactivateAccount, setOrganisation } from '../support/arrange.ts';
import { $, type Session } from '../support/context.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom, startSmtp } from './support.ts';
import { seedResponse, WAVE } from '../support/wave.ts';

let ctx: CoordinationContext;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let coord: Session;

async function put(org: string, state: 'bezig' | 'ingediend') {
  await seedResponse(ctx.services, org, { 'gemeente.reikwijdte.01.toelichting': 'x' }, {
    submitted: state === 'ingediend', at: '2024-04-20T10:00:00Z', submittedAt: '2024-04-21T10:00:00Z', channel: 'web',
  });
}

beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await createCoordinationContext({ smtpUrl: smtp.url });
  coord = await ctx.loginAs('coord@example.nl', 'coordinator');
  const s = ctx.services;
  await ctx.addUser('a@groningen.nl', 'respondent', 'GM0014'); // not started
  await setOrganisation(s, 'GM0014', { contact_email: 'jeugd@groningen.nl' });
  await addInvitedAccount(s, 'nog-niet@groningen.nl', 'GM0014', '2024-04-01T00:00:00Z');
  await ctx.addUser('b@stadskanaal.nl', 'respondent', 'GM0037'); // in progress
  const gone = await ctx.addUser('weg@stadskanaal.nl', 'respondent', 'GM0037');
  await deactivateAccount(s, gone);
  await ctx.addUser('c@veendam.nl', 'respondent', 'GM0047'); // submitted
  await ctx.addUser('d@amsterdam.nl', 'respondent', 'GM0363'); // not started, other province
  await put('GM0037', 'bezig');
  await put('GM0047', 'ingediend');
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});
beforeEach(() => {
  smtp.received.length = 0;
});

const form = (over: Record<string, unknown> = {}) => ({
  ronde: WAVE, soort: 'gemeente', provincie: 'PV20', regio: '', status: ['niet-gestart', 'bezig'],
  onderwerp: 'Herinnering {ronde}', tekst: 'Beste {organisatie}, vul de vragenlijst in voor {sluitdatum}: {link}', ...over,
});

async function post(path: string, data: Record<string, unknown>) {
  const csrf = await csrfFrom(coord, '/beheer/herinneringen');
  return coord.agent.post(path).type('form').send({ _csrf: csrf, ...data });
}

describe('reminders', () => {
  it('previews who gets what, with the organisation name and link, without sending', async () => {
    const res = await post('/beheer/herinneringen/voorbeeld', form());
    expect(res.status).toBe(200);
    const page = $(res.text);
    expect(page('[role="status"]').first().text()).toContain('3 adressen');
    expect(page('[role="status"]').first().text()).toContain('2 organisaties');
    const rows = page('table tbody tr').map((_i, el) => page(el).text().replace(/\s+/g, ' ').trim()).get();
    expect(rows).toEqual([
      'Groningen Niet gestart a@groningen.nl, jeugd@groningen.nl',
      'Stadskanaal Bezig b@stadskanaal.nl',
    ]);
    const preview = page('.coord-mail').text();
    expect(preview).toContain('Herinnering Monitor van de afspraken Hervormingsagenda Jeugd 2024');
    expect(preview).toContain('Beste Groningen, vul de vragenlijst in voor 30 juni 2024: https://monitor.example.nl/vragenlijst/hervormingsagenda-2024/GM0014');
    // Organisations in the selection without anybody to write to are named.
    expect(page('.utrecht-alert--warning').text()).toContain('Pekela');
    expect(page('.utrecht-alert--warning').text()).not.toContain('Veendam'); // submitted: not selected
    expect(smtp.received).toHaveLength(0);
  });

  it('sends one message per address, each with its own organisation, and logs them per organisation', async () => {
    const res = await post('/beheer/herinneringen/versturen', form());
    expect(res.status).toBe(303);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['a@groningen.nl', 'b@stadskanaal.nl', 'jeugd@groningen.nl']);
    const toStadskanaal = smtp.received.find((m) => m.to[0] === 'b@stadskanaal.nl')!;
    expect(toStadskanaal.subject).toBe('Herinnering Monitor van de afspraken Hervormingsagenda Jeugd 2024');
    expect(toStadskanaal.text).toContain('Beste Stadskanaal');
    expect(toStadskanaal.text).toContain('/vragenlijst/hervormingsagenda-2024/GM0037');
    expect(toStadskanaal.text).not.toContain('GM0014');

    const done = await coord.agent.get(res.headers.location!);
    const page = $(done.text);
    expect(page('[role="status"]').text()).toContain('Herinnering verstuurd naar 3 adressen bij 2 organisaties');
    const summary = page('table tbody tr').map((_i, el) => page(el).find('th, td').slice(0, 2).text()).get();
    expect(summary).toEqual(['Groningen2', 'Stadskanaal1']);

    const org = $((await coord.agent.get('/beheer/organisaties/GM0014')).text);
    const mail = org('#e-mail + .table-scroll table tbody tr').map((_i, el) => org(el).text().replace(/\s+/g, ' ')).get();
    expect(mail).toHaveLength(2);
    expect(mail.every((m) => m.includes('herinnering') && m.includes('Verzonden'))).toBe(true);
  });

  it('selects by response state and region', async () => {
    const res = await post('/beheer/herinneringen/voorbeeld', form({ soort: '', provincie: '', regio: 'JZ01', status: 'ingediend' }));
    const page = $(res.text);
    expect(page('table tbody tr').map((_i, el) => page(el).find('th').text()).get()).toEqual(['Veendam']);
    const amsterdam = $((await post('/beheer/herinneringen/voorbeeld', form({ provincie: '', regio: 'JZ13', status: 'niet-gestart' }))).text);
    expect(amsterdam('table tbody tr th').first().text()).toBe('Amsterdam');
  });

  it('refuses a selection without recipients with a clear message, sending nothing', async () => {
    for (const path of ['/beheer/herinneringen/voorbeeld', '/beheer/herinneringen/versturen']) {
      const res = await post(path, form({ regio: 'JZ02', provincie: '' }));
      expect(res.status).toBe(422);
      expect($(res.text)('.error-summary').text()).toContain('Er zijn geen ontvangers');
    }
    expect(smtp.received).toHaveLength(0);
  });

  it('asks for a state and for {link} in the text, keeping everything typed', async () => {
    const res = await post('/beheer/herinneringen/versturen', form({ status: [], tekst: 'Zonder link graag invullen.' }));
    expect(res.status).toBe(422);
    const page = $(res.text);
    expect(page('.error-summary a[href="#status"]').text()).toContain('Kies minstens één stand');
    expect(page('.error-summary a[href="#tekst"]').text()).toContain('{link}');
    expect(page('#tekst').text()).toBe('Zonder link graag invullen.');
    expect(page('#provincie option[selected]').val()).toBe('PV20');
    expect(page('#soort-gemeente').attr('checked')).toBeDefined();
    expect(smtp.received).toHaveLength(0);
  });

  it('goes back from the preview to the form with everything as chosen', async () => {
    const res = await post('/beheer/herinneringen', form({ onderwerp: 'Mijn eigen onderwerp' }));
    expect(res.status).toBe(200);
    const page = $(res.text);
    expect(page('#onderwerp').val()).toBe('Mijn eigen onderwerp');
    expect(page('#status-bezig').attr('checked')).toBeDefined();
    expect(page('#status-ingediend').attr('checked')).toBeUndefined();
  });
});
