import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { inlineGraphqlDocuments } from './build/inline-graphql-documents';

// In `npm run dev` the API runs on its own port; in `npm start` it serves dist/ itself, so no proxy is needed there.
const apiUrl = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react(), inlineGraphqlDocuments({ srcDir: resolve(import.meta.dirname, 'src') })],
  server: {
    proxy: {
      '/graphql': { target: apiUrl, changeOrigin: true },
      '/healthz': { target: apiUrl, changeOrigin: true },
      // The API's schema file, so it is the SDL here too and not the app shell the dev server answers unknown paths with.
      '/schema.graphql': { target: apiUrl, changeOrigin: true },
      // One-click unsubscribe: the POST goes to the API; opening the link (GET) is the app's own confirmation page.
      '/unsubscribe': { target: apiUrl, changeOrigin: true, bypass: (req) => (req.method === 'POST' ? undefined : req.url) },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: scripts/report-bundle-size.mjs reads it to measure the sign-in page's initial JS.
    manifest: true,
    // Every page's first JavaScript within 150 KB gzipped (issue 13; the script above checks each route).
    rolldownOptions: {
      treeshake: {
        // @shortlist/domain is pure rules: a page importing one function from a barrel (`…/interviews`) gets that
        // function's module, not a chunk shared with every other page that imports something else from it.
        moduleSideEffects: [{ test: /\/packages\/domain\/src\//, sideEffects: false }],
      },
      output: {
        codeSplitting: {
          groups: [
            // The libraries the shell itself runs (React, Apollo Client and what it uses, the icon base) in one chunk
            // the entry loads: left to themselves they split into many small shared chunks, each compressed alone.
            {
              name: 'shell',
              test: /node_modules\/(react|react-dom|scheduler|@apollo\/client|rxjs|graphql|optimism|@wry|tslib|lucide-react\/dist\/esm\/(Icon|createLucideIcon|shared|context|defaultAttributes))[\\/]/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
});
