import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../../server/config.ts';
import { startApp, type RunningApp } from './app.ts';
import { launch } from './browser.ts';

export interface E2E {
  app: RunningApp;
  browser: Browser;
}

/**
 * Registers the suite's hooks: the real app on a loopback port and one Chromium for every test of the file;
 * `setup` seeds what the file needs once both run. Returns the handle the tests read them from.
 */
export function useAppInChromium(config: Partial<Config> = {}, setup?: (e2e: E2E) => Promise<void>): E2E {
  const e2e = {} as E2E;
  beforeAll(async () => {
    e2e.app = await startApp(config);
    e2e.browser = await launch();
    await setup?.(e2e);
  });
  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.app?.close();
  });
  return e2e;
}
