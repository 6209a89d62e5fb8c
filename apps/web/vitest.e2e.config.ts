import { defineConfig } from 'vitest/config';

// The browser suite: real API, real embedded database, real Chromium. One file at a time, so two apps and two
// browsers never compete for the machine's cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
