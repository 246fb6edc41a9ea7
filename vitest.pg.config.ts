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
    exclude: [
      // These test SQLite itself; PostgreSQL has no such file, statement cache or backup file.
    ],
  },
}));
