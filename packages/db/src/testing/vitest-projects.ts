import { fileURLToPath } from 'node:url';
import type { TestProjectInlineConfiguration } from 'vitest/config';

const globalSetup = fileURLToPath(new URL('./global-setup.ts', import.meta.url));

/**
 * The same test files run once on the embedded PGlite and, when TEST_DATABASE_URL is set, once more on real
 * PostgreSQL. With CI=true a missing TEST_DATABASE_URL is an error, so CI can never silently skip PostgreSQL.
 */
export function databaseTestProjects(): TestProjectInlineConfiguration[] {
  if (process.env.CI === 'true' && !process.env.TEST_DATABASE_URL) {
    throw new Error('CI=true needs TEST_DATABASE_URL so the database tests also run on PostgreSQL.');
  }
  const projects: TestProjectInlineConfiguration[] = [
    { extends: true, test: { name: 'pglite', globalSetup, env: { SHORTLIST_TEST_DB: 'pglite' } } },
  ];
  if (process.env.TEST_DATABASE_URL) {
    projects.push({ extends: true, test: { name: 'postgres', globalSetup, env: { SHORTLIST_TEST_DB: 'postgres' } } });
  }
  return projects;
}
