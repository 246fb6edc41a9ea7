import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createTestContext, type Session, type TestContext } from '../support/context.ts';

export const WAVE_PATH = '/api/waves/hervormingsagenda-2024/responses/GM0363';
export const FIELD = 'gemeente.reikwijdte.01.toelichting';

/** The app on a temporary database file (not :memory:), so a second connection can lock or fill it. */
export async function fileContext(): Promise<{ ctx: TestContext; file: string; cleanUp(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'afsprakenmonitor-faults-'));
  const file = path.join(dir, 'monitor.sqlite');
  const ctx = await createTestContext(undefined, { databasePath: file });
  await ctx.addUser('ams@example.nl', 'respondent', 'GM0363');
  return {
    ctx,
    file,
    async cleanUp() {
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The hooks of a fault test file: the app on a temporary database file before all its tests,
 * removed after them. The fields are set once beforeAll has run (read them inside the tests).
 */
export function useFileContext(): { ctx: TestContext; file: string } {
  const held = {} as { ctx: TestContext; file: string };
  let cleanUp = async () => {};
  beforeAll(async () => {
    const made = await fileContext();
    Object.assign(held, { ctx: made.ctx, file: made.file });
    cleanUp = made.cleanUp;
  });
  afterAll(() => cleanUp());
  return held;
}

/** An API save as autosave sends it: with the version it read just before. */
export async function save(me: Session, answers: Record<string, unknown>) {
  const current = await me.agent.get(WAVE_PATH);
  return me.agent.put(WAVE_PATH).set('X-CSRF-Token', me.csrf).send({ version: (current.body as { version?: number }).version, answers });
}
