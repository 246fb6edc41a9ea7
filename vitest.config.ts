import { defineConfig } from 'vitest/config';

// test/postgres/ needs a PostgreSQL server: only with TEST_DATABASE_URL (CI's `npm run test:pg` step); `npm test` stays SQLite.
const postgres = process.env.TEST_DATABASE_URL ? [] : ['test/postgres/**'];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/durability/**', 'node_modules/**', ...postgres],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
