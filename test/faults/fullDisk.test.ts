import { sqliteOf } from '../../server/db/database.ts';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { messages } from '../../server/messages.ts';
import { committedAnswer } from '../support/inspectFile.ts';
import { FIELD, save, useFileContext } from './support.ts';

const f = useFileContext();

const long = (n: number) => `tekst ${n} `.repeat(300);

describe('a full disk', () => {
  it('a save that needs room gets a Dutch 503, the app keeps answering and saves again once there is room', async () => {
    const me = await f.ctx.login('ams@example.nl');
    const sqlite = sqliteOf(f.ctx.database);
    // The app's own connection may not grow the file any more: what a full disk looks like to SQLite.
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    sqlite.pragma(`max_page_count = ${pages}`);
    try {
      let full: request.Response | undefined;
      for (let n = 0; n < 20 && !full; n++) {
        const res = await save(me, { [FIELD]: long(n) });
        if (res.status !== 200) full = res;
      }
      expect(full?.status).toBe(503);
      expect(full?.body).toEqual({ error: messages.storageFailed });
      expect(full?.headers['retry-after']).toMatch(/^\d+$/);
      const page = await me.agent.post('/vragenlijst/hervormingsagenda-2024/GM0363/thema/reikwijdte').type('form')
        .send({ _csrf: me.csrf, [FIELD]: long(99) });
      expect(page.status).toBe(503);
      expect(page.text).toContain(messages.storageFailed);
      // The app is still there and still reads.
      expect((await request(f.ctx.app).get('/healthz')).status).toBe(200);
      expect((await me.agent.get('/account')).status).toBe(200);
    } finally {
      sqlite.pragma('max_page_count = 4294967294');
    }
    const again = await save(me, { [FIELD]: 'weer ruimte' });
    expect(again.status).toBe(200);
    expect(committedAnswer(f.file, FIELD)).toBe('weer ruimte');
  });
});
