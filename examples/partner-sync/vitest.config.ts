import { defineConfig } from 'vitest/config';

// The example runs against a real Shortlist process on the embedded PGlite and, when TEST_DATABASE_URL is set (CI
// sets it), once more on PostgreSQL. With CI=true a missing TEST_DATABASE_URL is an error, as in the other workspaces.
if (process.env.CI === 'true' && !process.env.TEST_DATABASE_URL) {
  throw new Error('CI=true needs TEST_DATABASE_URL so the partner example also runs against PostgreSQL.');
}
const engines = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: engines.map((engine) => ({ extends: true, test: { name: engine, env: { PARTNER_SYNC_ENGINE: engine } } })),
  },
});
