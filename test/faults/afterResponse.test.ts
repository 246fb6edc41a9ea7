import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { setUpErrorHandling } from '../../server/http/errorHandler.ts';
import { setUpSecurity } from '../../server/http/setUpSecurity.ts';
import { setUpViews } from '../../server/http/setUpViews.ts';

/**
 * An error that reaches the handler after the response went out: express-session does that when
 * its store write fails (a full disk, a locked file) after the page was sent. Answering again threw
 * ERR_HTTP_HEADERS_SENT inside the view's render callback, out of any try: the process died.
 */
const uncaught: unknown[] = [];
const onUncaught = (err: unknown) => uncaught.push(err);
beforeAll(() => void process.on('uncaughtException', onUncaught));
afterAll(() => void process.off('uncaughtException', onUncaught));

function appWithLateErrors() {
  const app = express();
  setUpSecurity(app, loadConfig({ NODE_ENV: 'test' }), pino({ level: 'silent' }));
  setUpViews(app);
  app.get('/klaar', (_req, res, next) => {
    res.send('klaar');
    next(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }));
  });
  app.get('/half', (_req, res, next) => {
    res.write('begin van een export');
    next(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
  });
  app.get('/gaat-goed', (_req, res) => void res.send('ja'));
  setUpErrorHandling(app, false);
  return app;
}

describe('an error after the response was sent', () => {
  it('keeps the answer that went out, does not throw, and the app answers the next request', async () => {
    const app = appWithLateErrors();
    const done = await request(app).get('/klaar').set('Accept', 'text/html');
    expect(done.status).toBe(200);
    expect(done.text).toBe('klaar');
    expect((await request(app).get('/gaat-goed')).text).toBe('ja');
    expect(uncaught).toEqual([]);
  });

  it('a half-sent body is cut off (the client sees a broken download), not left hanging', async () => {
    const app = appWithLateErrors();
    await expect(request(app).get('/half').set('Accept', 'text/html')).rejects.toThrow();
    expect((await request(app).get('/gaat-goed')).text).toBe('ja');
    expect(uncaught).toEqual([]);
  });
});
