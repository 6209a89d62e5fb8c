import { defineConfig } from 'vitest/config';
import { databaseTestProjects } from './src/testing/vitest-projects.ts';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'data/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: databaseTestProjects(),
  },
});
