import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * `npm run test:pg`: the whole unit suite again, every test context on its own fresh PostgreSQL
 * database (test/support/testDatabase.ts). TEST_DATABASE_URL names the server (default: the local
 * cluster of scripts/pg/start-cluster.sh, which the global set-up starts when needed).
 */
export default mergeConfig(base, defineConfig({
  test: {
    globalSetup: ['test/support/pgGlobalSetup.ts'],
    env: { TEST_DIALECT: 'postgres', DATABASE_POOL_SIZE: '4' },
    // Only files that test SQLite itself; every other test runs here unchanged. (Appended to the base excludes.)
    exclude: [
      // A second SQLite connection holds the write lock: busy handling of the SQLite file (busyRetry.ts).
      'test/faults/lockedDatabase.test.ts',
      // A SQLite file on a size-limited folder fills up: SQLITE_FULL handling.
      'test/faults/fullDisk.test.ts',
      // The prepared-statement cache of the better-sqlite3 connection (statementCache.ts).
      'test/operations/statementCache.test.ts',
      // Group commit of the SQLite driver (groupCommit.ts); PostgreSQL commits per transaction.
      'test/operations/groupCommit.test.ts',
      // `npm run admin -- backup/restore` of the SQLite file (PostgreSQL's backup is pg_dump's, tested apart).
      'test/operations/backup.test.ts',
      // The session store's expiry writes on a SQLite connection of its own.
      'test/http/sessionTouch.test.ts',
    ],
  },
}));
