import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and LibreOffice tests start heavy processes: keep files from running all at once on 2 cores.
    maxWorkers: 2,
  },
});
