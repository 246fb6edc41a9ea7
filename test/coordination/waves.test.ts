import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, type Session } from '../support/context.ts';
import { waveSettings } from '../support/pages.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom } from './support.ts';
import { WAVE } from '../support/wave.ts';

let ctx: CoordinationContext;
let admin: Session;
let coord: Session;
let respondent: Session;

beforeAll(async () => {
  ctx = await createCoordinationContext();
  admin = await ctx.loginAs('admin@example.nl', 'admin');
  coord = await ctx.loginAs('coord@example.nl', 'coordinator');
  respondent = await ctx.loginAs('ams@example.nl', 'respondent', 'GM0363');
});
afterAll(() => ctx.close());

const waveForm = (over: Record<string, string> = {}) => ({
  title: 'Monitor 2024', opensOn: '2024-04-08', closesOn: '2024-06-30', referenceDate: '2024-06-30', state: 'open', ...over,
});

async function post(who: Session, path: string, data: Record<string, string>) {
  const csrf = await csrfFrom(who, '/beheer/rondes');
  return who.agent.post(path).type('form').send({ _csrf: csrf, ...data });
}

/** A respondent's save through the API: 200 saved, 409 when fieldwork does not allow it. */
async function respondentSaves(text: string) {
  const current = await respondent.agent.get(`/api/waves/${WAVE}/responses/GM0363`);
  return respondent.agent
    .put(`/api/waves/${WAVE}/responses/GM0363`)
    .set('X-CSRF-Token', respondent.csrf)
    .send({ version: current.body.version, answers: { 'gemeente.reikwijdte.01.toelichting': text } });
}

describe('waves', () => {
  it('a beheerder creates a wave from a survey definition; it starts in preparation', async () => {
    const page = $((await admin.agent.get('/beheer/rondes/nieuw')).text);
    expect(page('#surveyId option').first().val()).toBe(WAVE);
    expect(page('#opensOn').val()).toBe('2024-04-08');
    const res = await post(admin, '/beheer/rondes', { ...waveForm({ state: 'concept', title: 'Proefronde 2025' }), id: 'proef-2025', surveyId: WAVE, opensOn: '1-4-2025', closesOn: '2025-06-30', referenceDate: '2025-06-30' });
    expect(res.status).toBe(303);
    expect(await waveSettings(admin, 'proef-2025')).toMatchObject({ title: 'Proefronde 2025', state: 'concept', opensOn: '2025-04-01', context: `Vragenlijst: ${WAVE} · code proef-2025` });
    const list = $((await admin.agent.get('/beheer/rondes')).text);
    expect(list('table tbody tr').filter((_i, el) => list(el).text().includes('Proefronde 2025')).text()).toContain('In voorbereiding');
  });

  it('refuses a duplicate code and a closing date before the opening date, keeping what was typed', async () => {
    const res = await post(admin, '/beheer/rondes', { ...waveForm({ opensOn: '2025-06-01', closesOn: '2025-05-01' }), id: WAVE, surveyId: WAVE });
    expect(res.status).toBe(422);
    const page = $(res.text);
    expect(page('.error-summary a[href="#id"]').text()).toContain('bestaat al');
    expect(page('.error-summary a[href="#closesOn"]').text()).toContain('De sluitdatum ligt voor de openingsdatum');
    expect(page('#closesOn-fout').text()).toContain('sluitdatum');
    expect(page('#closesOn').val()).toBe('2025-05-01');
    expect(page('#title').val()).toBe('Monitor 2024');
  });

  it('coordinators cannot create waves', async () => {
    expect((await coord.agent.get('/beheer/rondes/nieuw')).status).toBe(403);
    expect((await post(coord, '/beheer/rondes', { ...waveForm(), id: 'x-2025', surveyId: WAVE })).status).toBe(403);
  });

  it('coordinators close and reopen fieldwork; extending the deadline reopens editing', async () => {
    expect((await respondentSaves('eerste')).status).toBe(200);

    const closed = await post(coord, `/beheer/rondes/${WAVE}`, waveForm({ state: 'gesloten' }));
    expect(closed.status).toBe(303);
    const flash = $((await coord.agent.get('/beheer/rondes')).text)('[role="status"]').text();
    expect(flash).toContain('Respondenten kunnen nu geen antwoorden meer wijzigen');
    const locked = await respondentSaves('tweede');
    expect(locked.status).toBe(409);
    expect(locked.body.error).toContain('gesloten');

    // Open again, but the closing date has passed: still no editing.
    await post(coord, `/beheer/rondes/${WAVE}`, waveForm({ state: 'open', closesOn: '2024-05-10' }));
    expect((await respondentSaves('derde')).status).toBe(409);

    // A later deadline reopens editing at once.
    await post(coord, `/beheer/rondes/${WAVE}`, waveForm({ state: 'open', closesOn: '2024-07-15' }));
    expect((await respondentSaves('vierde')).status).toBe(200);
    expect(await waveSettings(coord, WAVE)).toMatchObject({ state: 'open', closesOn: '2024-07-15' });
  });

  it('coordinators change only the fieldwork, not the title or reference date', async () => {
    const page = $((await coord.agent.get(`/beheer/rondes/${WAVE}`)).text);
    expect(page('#referenceDate').length).toBe(0);
    expect(page('#state-concept').length).toBe(0);
    await post(coord, `/beheer/rondes/${WAVE}`, waveForm({ title: 'Andere titel', referenceDate: '2020-01-01', closesOn: '2024-07-01' }));
    expect(await waveSettings(admin, WAVE)).toMatchObject({ title: 'Monitor van de afspraken Hervormingsagenda Jeugd 2024', referenceDate: '2024-06-30', closesOn: '2024-07-01' });
    const bad = await post(coord, `/beheer/rondes/${WAVE}`, waveForm({ state: 'concept' }));
    expect(bad.status).toBe(422);
  });

  it('a beheerder sets the reference date', async () => {
    await post(admin, `/beheer/rondes/${WAVE}`, waveForm({ title: 'Monitor van de afspraken Hervormingsagenda Jeugd 2024', referenceDate: '2024-07-01', closesOn: '2024-07-01' }));
    expect((await waveSettings(admin, WAVE)).referenceDate).toBe('2024-07-01');
  });

  it('rejects impossible dates', async () => {
    const res = await post(admin, `/beheer/rondes/${WAVE}`, waveForm({ opensOn: '31-2-2024' }));
    expect(res.status).toBe(422);
    expect($(res.text)('#opensOn-fout').text()).toContain('openingsdatum');
  });
});
