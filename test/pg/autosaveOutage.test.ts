import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../server/messages.ts';
import { TEST_PASSWORD } from '../support/context.ts';
import { dropAll, type PgApp } from '../support/postgres.ts';
import { pgAppThroughProxy, type TcpProxy } from '../support/tcpProxy.ts';
import { launch, login, openPage } from '../e2e/support/browser.ts';

// In Chromium (Debian's, as test/e2e/): the page's autosave (public/js/autosave.js) meets a real
// PostgreSQL outage, keeps what was typed, and saves it by itself once the database is back.
const WAVE = 'hervormingsagenda-2024';
const ORG = 'GM0307';
const FIELD = 'gemeente.lokale-teams.08';
let proxy: TcpProxy;
let app: PgApp;
let server: Server;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  ({ proxy, app } = await pgAppThroughProxy('autosave'));
  await app.addUser('utrecht@example.nl', 'respondent', ORG);
  server = await new Promise<Server>((resolve) => { const s = app.app.listen(0, '127.0.0.1', () => resolve(s)); });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await proxy.restore().catch(() => {});
  await app.database.close();
  await proxy.close();
  await dropAll();
});

describe('autosave during a PostgreSQL outage', () => {
  it('shows that nothing was saved yet, tries again by itself, and saves once the database is back', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl);
    await login(page, 'utrecht@example.nl', TEST_PASSWORD);
    await page.goto(`/vragenlijst/${WAVE}/${ORG}/thema/lokale-teams`);
    await proxy.cut();
    await page.locator('#gemeente-lokale-teams-08').fill('15');
    await expect.poll(() => page.locator('.autosave-status').textContent(), { timeout: 20_000 }).toContain(messages.databaseUnavailable);
    expect(await page.locator('#gemeente-lokale-teams-08').inputValue()).toBe('15');
    await proxy.restore();
    // The retry follows Retry-After (10 s) and then goes through.
    await expect.poll(() => page.locator('.autosave-status').textContent(), { timeout: 40_000 }).toContain('Automatisch opgeslagen');
    const me = await app.login('utrecht@example.nl');
    const stored = await me.agent.get(`/api/waves/${WAVE}/responses/${ORG}`).expect(200);
    expect(stored.body.answers[FIELD]).toBe(15);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
