import { defineConfig } from 'vitest/config';

// App instances as real processes on a PostgreSQL server (test/pg/, TEST_DATABASE_URL, default the local
// cluster of scripts/pg/start-cluster.sh); run by `npm run test:pg:instances`.
export default defineConfig({
  test: {
    include: ['test/pg/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
