import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../../../server/config.ts';
import { createTestContext, type TestContext } from '../../support/context.ts';

export interface RunningApp {
  ctx: TestContext;
  baseUrl: string;
  close(): Promise<void>;
}

/** The real app, in this process, on a free loopback port, with an in-memory database (see createTestContext). */
export async function startApp(config: Partial<Config> = {}): Promise<RunningApp> {
  const ctx = await createTestContext(undefined, config);
  const server: Server = await new Promise((resolve) => {
    const s = ctx.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    ctx,
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          ctx.close();
          resolve();
        });
      }),
  };
}
