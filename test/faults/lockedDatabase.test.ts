import SQLite from 'better-sqlite3';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { messages } from '../../server/messages.ts';
import { committedAnswer } from '../support/inspectFile.ts';
import { FIELD, save, useFileContext, WAVE_PATH } from './support.ts';

const BUSY = messages.databaseBusy;

const f = useFileContext();

describe('a database locked by another process', () => {
  it('a save gets a quick Dutch 503 with Retry-After, reads go on meanwhile, and the save works once the lock is gone', async () => {
    const me = await f.ctx.login('ams@example.nl');
    const other = new SQLite(f.file);
    other.exec('begin immediate');
    other.prepare("update organisations set updated_at = updated_at").run();
    const order: string[] = [];
    try {
      const { version } = (await me.agent.get(WAVE_PATH)).body as { version: number };
      const saving = me.agent.put(WAVE_PATH).set('X-CSRF-Token', me.csrf).send({ version, answers: { [FIELD]: 'tijdens het slot' } })
        .then((r) => { order.push('save'); return r; });
      // Started after the save, answered before it: the event loop was not blocked while it waited.
      const read = request(f.ctx.app).get('/healthz').then((r) => { order.push('read'); return r; });
      const [saved, health] = await Promise.all([saving, read]);
      expect(health.status).toBe(200);
      expect(saved.status).toBe(503);
      expect(saved.body).toEqual({ error: BUSY });
      expect(BUSY).toContain('Probeer het over een ogenblik opnieuw.');
      expect(saved.headers['retry-after']).toMatch(/^\d+$/);
      expect(order).toEqual(['read', 'save']);
      const page = await me.agent.post('/vragenlijst/hervormingsagenda-2024/GM0363/thema/reikwijdte').type('form')
        .send({ _csrf: me.csrf, [FIELD]: 'via het formulier' });
      expect(page.status).toBe(503);
      expect(page.text).toContain(BUSY);
      expect(page.headers['retry-after']).toMatch(/^\d+$/);
    } finally {
      other.exec('rollback');
      other.close();
    }
    const again = await save(me, { [FIELD]: 'na het slot' });
    expect(again.status).toBe(200);
    expect(committedAnswer(f.file, FIELD)).toBe('na het slot');
  });
});
