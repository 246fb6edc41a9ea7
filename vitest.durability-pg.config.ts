import { defineConfig } from 'vitest/config';

// kill.test.ts on PostgreSQL, two instances on one database (TEST_DATABASE_URL, default the local cluster of
// scripts/pg/start-cluster.sh); run by `npm run test:durability:pg`.
export default defineConfig({
  test: {
    include: ['test/durability/killPg.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
