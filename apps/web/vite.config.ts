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
  },
});
