import { defineConfig } from 'vitest/config';

// Browser journeys in Debian's Chromium (see test/e2e/); run by `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
