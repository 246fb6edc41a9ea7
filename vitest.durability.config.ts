import { defineConfig } from 'vitest/config';

// Kills and restarts the real server (see test/durability/); run by `npm run test:durability`.
export default defineConfig({
  test: {
    include: ['test/durability/**/*.test.ts'],
    // The PostgreSQL variant needs a server: vitest.durability-pg.config.ts.
    exclude: ['test/durability/killPg.test.ts', 'node_modules/**'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
