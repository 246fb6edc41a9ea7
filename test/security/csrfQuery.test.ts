import express from 'express';
import session from 'express-session';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { UPLOAD_ROUTES, setUpCsrf } from '../../server/http/setUpCsrf.ts';
import { receiveFile } from '../../server/routes/receiveFile.ts';

/**
 * setUpCsrf and the upload middleware on their own, with nothing in front that refuses multipart
 * bodies: which token sources do the checks accept? (In the app, requireReadableBody also refuses
 * multipart off the upload routes; this keeps the CSRF rule right without leaning on that.)
 */
function miniApp() {
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.use(session({ secret: 'x'.repeat(32), resave: false, saveUninitialized: false }));
  setUpCsrf(app);
  app.get('/token', (req, res) => {
    res.send((res.locals.csrfToken as () => string)());
  });
  app.post(UPLOAD_ROUTES as RegExp[], receiveFile, (_req, res) => {
    res.send('doorgelaten');
  });
  app.post(/.*/, (_req, res) => {
    res.send('doorgelaten');
  });
  app.use((err: { code?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(err.code === 'EBADCSRFTOKEN' ? 403 : 500).send(err.code ?? 'fout');
  });
  return app;
}

async function withToken() {
  const agent = request.agent(miniApp());
  const token = (await agent.get('/token')).text;
  return { agent, q: `?_csrf=${encodeURIComponent(token)}`, token };
}

describe('setUpCsrf: where the token may come from', () => {
  it('body and header: accepted everywhere', async () => {
    const { agent, token } = await withToken();
    expect((await agent.post('/uitloggen').type('form').send({ _csrf: token })).status).toBe(200);
    expect((await agent.post('/uitloggen').set('X-CSRF-Token', token)).status).toBe(200);
  });

  it('query string on an ordinary route: refused, multipart or not', async () => {
    const { agent, q } = await withToken();
    expect((await agent.post(`/uitloggen${q}`).field('x', '1')).status).toBe(403);
    expect((await agent.post(`/vragenlijst/w/GM0363/thema/t${q}`).field('x', '1')).status).toBe(403);
    expect((await agent.post(`/vragenlijst/w/GM0363/thema/t${q}`).type('form').send({ x: '1' })).status).toBe(403);
  });

  it('upload routes: the token in the form\'s first field, never in the query string', async () => {
    const { agent, q, token } = await withToken();
    for (const path of ['/vragenlijst/w/GM0363/excel/uploaden', '/analyse/w/importeren', '/beheer/organisaties/importeren']) {
      expect((await agent.post(path).field('_csrf', token).attach('bestand', Buffer.from('a;b'), 'x.csv')).status, path).toBe(200);
      expect((await agent.post(path).field('_csrf', token).field('x', '1')).status, `${path} without a file`).toBe(200);
      expect((await agent.post(`${path}${q}`).attach('bestand', Buffer.from('a;b'), 'x.csv')).status, path).toBe(403);
      expect((await agent.post(path).attach('bestand', Buffer.from('a;b'), 'x.csv').field('_csrf', token)).status, path).toBe(403);
      expect((await agent.post(path).field('_csrf', 'vals').attach('bestand', Buffer.from('a;b'), 'x.csv')).status, path).toBe(403);
      expect((await agent.post(`${path}${q}`).type('form').send({ x: '1' })).status, path).toBe(403);
    }
    // A confirmation step next to an upload route is an ordinary form.
    expect((await agent.post(`/analyse/w/importeren/abc${q}`).attach('bestand', Buffer.from('a'), 'x.csv')).status).toBe(403);
  });
});
