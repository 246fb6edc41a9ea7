/**
 * Guards of the tests' shape (issue 13, point 6): a test asserts what a user sees, so no test file
 * reaches into server/db/repos or writes its own queries. Arrangement lives in test/support/arrange.ts
 * (and wave.ts), the few facts no page shows in test/support/inspect.ts; only test/support/ may
 * import the repositories or query the database (and the files in QUERY_ALLOWED, for a reason).
 * Like layering.test.ts it reads the source with regular expressions (this file itself is exempt).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

const testFiles = (readdirSync(path.join(ROOT, 'test'), { recursive: true }) as string[])
  .map((f) => `test/${f.split(path.sep).join('/')}`)
  .filter((f) => f.endsWith('.ts'))
  .sort();

/** Static imports and re-exports, and dynamic `import('…')`: every module path a file names. */
const importRe = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const dynamicRe = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(importRe), ...text.matchAll(dynamicRe)].map((m) => m[1]!);
  return specs.filter((s) => s.startsWith('.')).map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)));
}

const intoRepos = (file: string) => importsOf(file).filter((target) => target.startsWith('server/db/repos/'));

/** A query written in the test itself: kysely's builders or a prepared SQL statement. */
const queryRe = /\.(?:selectFrom|updateTable|insertInto|deleteFrom|replaceInto)\(|\.prepare\(/;

/**
 * Test files that may write SQL themselves, each for a reason that is the point of the test (none
 * is a way to read or arrange rows; use test/support/arrange.ts and inspect.ts for that).
 */
const QUERY_ALLOWED = new Map<string, string>([
  ['test/operations/statementCache.test.ts', 'tests the statement cache itself, on a database of its own'],
  ['test/faults/lockedDatabase.test.ts', 'a second process that holds the write lock: the fault under test'],
  ['test/uploads/session.test.ts', 'the size of the rows in the session store, which no page shows'],
  ['test/http/sessionTouch.test.ts', "the session store's own expiry writes, on an in-memory database of its own"],
  ['test/operations/groupCommit.test.ts', 'tests the group commit of the SQLite driver itself, on databases of its own'],
  ['test/operations/precompiled.test.ts', 'tests precompiled queries themselves (values per call, in a transaction, the refusal)'],
]);

const ownTests = testFiles.filter((f) => !f.startsWith('test/support/') && f !== 'test/architecture/testShape.test.ts');

describe('the shape of the tests', () => {
  it('reads the imports of the test files (the guard below would pass vacuously otherwise)', () => {
    expect(testFiles.length).toBeGreaterThan(100);
    expect(intoRepos('test/support/arrange.ts').length).toBeGreaterThan(0);
    expect(importsOf('test/coordination/invitations.test.ts')).toContain('test/support/pages.ts');
  });

  it('has no test file outside test/support that imports server/db/repos', () => {
    const offenders = ownTests
      .map((f) => [f, intoRepos(f)] as const)
      .filter(([, targets]) => targets.length > 0)
      .map(([f, targets]) => `${f} → ${targets.join(', ')}`);
    expect(offenders, 'assert through a page, the API, an export, a mail or the CLI; arrange with test/support/arrange.ts').toEqual([]);
  });

  it('has no test file outside test/support that queries the database itself (but the few that test the database)', () => {
    const offenders = ownTests
      .filter((f) => !QUERY_ALLOWED.has(f) && queryRe.test(readFileSync(path.join(ROOT, f), 'utf8').replace(/^\s*(?:\/\/|\*).*$/gm, '')))
      .sort();
    expect(offenders, 'assert what a page, the API or an export shows; arrange with test/support/arrange.ts, read stored-only facts with inspect.ts').toEqual([]);
    // The allow-list stays honest: each entry still queries.
    for (const f of QUERY_ALLOWED.keys()) expect(readFileSync(path.join(ROOT, f), 'utf8').match(queryRe), f).not.toBeNull();
  });
});
