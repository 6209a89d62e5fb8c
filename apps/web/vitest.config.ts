import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  plugins: [react()],
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds; one copy keeps `instanceof` checks inside graphql sane.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    environment: 'jsdom',
    // Typing into whole forms with user-event takes seconds when the API's tests share the two cores; 5 s timed out.
    testTimeout: 20_000,
    setupFiles: ['./test/setup-testing-library.ts'],
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts', 'build/**/*.test.ts'],
  },
});
