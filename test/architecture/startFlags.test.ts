import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SERVER_NODE_FLAGS } from '../../scripts/bench/realServer.ts';

// Issue 18: the bench and the durability tests measure the server as `npm start` runs it.
describe('the Node flags of the server', () => {
  it('are the same for npm start and for the server the bench and durability tests start', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(`node ${SERVER_NODE_FLAGS.join(' ')} --import tsx server/index.ts`);
  });
});
