import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $, type Session } from '../support/context.ts';
import { createCoordinationContext, type CoordinationContext, csrfFrom } from '../coordination/support.ts';
import { WAVE, WAVE_2018 } from '../support/wave.ts';

let ctx: CoordinationContext;
let admin: Session;

beforeAll(async () => {
  ctx = await createCoordinationContext();
  await ctx.addUser('admin@example.nl', 'admin');
  admin = await ctx.login('admin@example.nl');
});
afterAll(() => ctx.close());

// The 2025 wave's form fields but its id, title and previous wave.
const NEXT_WAVE = {
  surveyId: 'hervormingsagenda-2025', opensOn: '2025-04-07', closesOn: '2025-06-30', referenceDate: '2025-06-30', state: 'concept',
};

async function post(data: Record<string, string>) {
  const csrf = await csrfFrom(admin, '/beheer/rondes');
  return admin.agent.post('/beheer/rondes').type('form').send({ _csrf: csrf, previousShown: '1', ...data });
}

describe('a beheerder opens the next wave (issue 17)', () => {
  it('fills the form from the 2025 definition: its own title, dates, reference date and the 2024 wave before it', async () => {
    const page = $((await admin.agent.get('/beheer/rondes/nieuw?vragenlijst=hervormingsagenda-2025')).text);
    expect(page('#surveyId').val()).toBe('hervormingsagenda-2025');
    expect(page('#id').val()).toBe('hervormingsagenda-2025');
    expect(page('#title').val()).toBe('Monitor van de afspraken Hervormingsagenda Jeugd 2025');
    expect(page('#opensOn').val()).toBe('2025-04-07');
    expect(page('#referenceDate').val()).toBe('2025-06-30');
    expect(page('#previousWaveId').val()).toBe(WAVE);
  });

  it('creates the wave, which names its previous wave (also in the API)', async () => {
    const res = await post({ ...NEXT_WAVE, id: 'monitor-2025', title: 'Monitor 2025', previousWaveId: WAVE });
    expect(res.status).toBe(303);
    const waves = (await admin.agent.get('/api/waves')).body as { id: string; title: string; previousWave: string | null }[];
    expect(waves.find((w) => w.id === 'monitor-2025')).toMatchObject({ title: 'Monitor 2025', previousWave: WAVE });
    expect(waves.find((w) => w.id === WAVE)?.previousWave).toBeNull();
    const edit = $((await admin.agent.get('/beheer/rondes/monitor-2025')).text);
    expect(edit('#previousWaveId').val()).toBe(WAVE);
  });

  it('refuses a previous wave of an unrelated survey, with the message at the field and the typed values kept', async () => {
    const res = await post({ ...NEXT_WAVE, id: 'monitor-2025b', title: 'Monitor 2025 b', previousWaveId: WAVE_2018 });
    expect(res.status).toBe(422);
    const page = $(res.text);
    expect(page('#previousWaveId-fout').text()).toContain('Kies een ronde van dezelfde vragenlijst');
    expect(page('#title').val()).toBe('Monitor 2025 b');
  });
});
