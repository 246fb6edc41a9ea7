import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setOrganisation } from '../support/arrange.ts';
import { $, type Session } from '../support/context.ts';
import { mailLog } from '../support/pages.ts';
import { fillInThemes, WAVE } from '../support/forms.ts';
import { createCoordinationContext, type CoordinationContext, startSmtp } from './support.ts';

/**
 * Issue 16, point 5: a receipt to every account of the organisation when its questionnaire is
 * submitted (time, who, link to the print view); a notice to the others when someone reopens it;
 * the start page says who last changed and who submitted, and when. Mail goes through a real SMTP
 * server in this process.
 */
const ORG = 'GM0363';
const base = `/vragenlijst/${WAVE}/${ORG}`;
const NAME = 'Amsterdam <script>alert(1)</script> & Co';


let smtp: Awaited<ReturnType<typeof startSmtp>>;
let ctx: CoordinationContext;
let anna: Session;
let bram: Session;
let coord: Session;

beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await createCoordinationContext({ smtpUrl: smtp.url });
  await setOrganisation(ctx.services, ORG, { name: NAME });
  coord = await ctx.loginAs('coord@example.nl', 'coordinator');
  await ctx.addUser('ander@utrecht.example.nl', 'respondent', 'GM0344');
  anna = await ctx.loginAs('anna@amsterdam.example.nl', 'respondent', ORG);
  bram = await ctx.loginAs('bram@amsterdam.example.nl', 'respondent', ORG);
  await fillInThemes(anna, ORG);
});
afterAll(async () => {
  await ctx.close();
  await smtp.close();
});

const statusText = async (s: Session) => $((await s.agent.get(base)).text)('#status').text().replace(/\s+/g, ' ');

describe('receipts and notices', () => {
  it('the start page says who last changed an answer, and when', async () => {
    expect(await statusText(bram)).toContain('Laatst gewijzigd door anna@amsterdam.example.nl op 15 mei 2024');
  });

  it('sends every account of the organisation a receipt with the time, who submitted and the print link', async () => {
    ctx.setNow(new Date('2024-05-20T08:30:00Z'));
    const res = await anna.agent.post(`${base}/indienen`).type('form').send({ _csrf: anna.csrf });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`${base}/ingediend`);
    const receipts = smtp.received.filter((m) => m.subject.startsWith('Ontvangstbevestiging'));
    expect(receipts.map((m) => m.to[0]).sort()).toEqual(['anna@amsterdam.example.nl', 'bram@amsterdam.example.nl']);
    for (const m of receipts) {
      expect(m.text).toContain('ingediend door anna@amsterdam.example.nl op 20 mei 2024 om 10:30');
      expect(m.text).toContain(`https://monitor.example.nl${base}/afdrukken`);
      // Plain text: the name with markup arrives as characters, inert in a mail program.
      expect(m.text).toContain(NAME);
    }
    // Nobody of another organisation, and the mail log lists them.
    expect(smtp.received.some((m) => m.to.includes('ander@utrecht.example.nl'))).toBe(false);
    const logged = await mailLog(coord);
    expect(logged.map((m) => [m.kind, m.result])).toEqual([['Ontvangstbevestiging', 'Verzonden'], ['Ontvangstbevestiging', 'Verzonden']]);
  });

  it('the start page says who submitted, and when', async () => {
    expect(await statusText(bram)).toContain('Ingediend door anna@amsterdam.example.nl op 20 mei 2024 om 10:30');
  });

  it('when someone reopens it, the others are told and the reopener is not', async () => {
    smtp.received.length = 0;
    ctx.setNow(new Date('2024-05-21T12:00:00Z'));
    const res = await bram.agent.post(`${base}/heropenen`).type('form').send({ _csrf: bram.csrf });
    expect(res.status).toBe(303);
    expect(smtp.received.map((m) => m.to[0])).toEqual(['anna@amsterdam.example.nl']);
    const notice = smtp.received[0]!;
    expect(notice.subject).toContain('is heropend');
    expect(notice.text).toContain('heropend door bram@amsterdam.example.nl op 21 mei 2024 om 14:00');
    expect(notice.text).toContain('uiterlijk 30 juni 2024');
    expect(notice.text).toContain(`https://monitor.example.nl${base}`);
  });

  it('the coordinator sees the receipts and notices in the mail log under their own kind', async () => {
    const log = $((await coord.agent.get('/beheer/e-mail?soort=ontvangstbevestiging')).text);
    expect(log('table tbody tr').length).toBe(2);
    expect(log('table tbody').text()).toContain('Ontvangstbevestiging');
    const notices = $((await coord.agent.get('/beheer/e-mail?soort=heropend')).text);
    expect(notices('table tbody tr').length).toBe(1);
  });

  it('a failing mail server never stops the submission', async () => {
    await smtp.close();
    const res = await anna.agent.post(`${base}/indienen`).type('form').send({ _csrf: anna.csrf });
    expect(res.headers.location).toBe(`${base}/ingediend`);
    expect(await statusText(anna)).toContain('Ingediend door anna@amsterdam.example.nl');
    const failed = (await mailLog(coord)).filter((m) => m.result.startsWith('Mislukt'));
    expect(failed.map((m) => m.kind)).toEqual(['Ontvangstbevestiging', 'Ontvangstbevestiging']);
  });
});
