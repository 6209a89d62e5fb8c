// Prints the JavaScript a visitor downloads before the sign-in page can show, gzipped, and fails the build when it
// passes the budget (issue 5: ≤ 150 KB). Reads Vite's manifest, so it follows the real chunk graph: the entry chunk,
// the sign-in route chunk, and every chunk either of them imports statically (those load before the page renders).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const SIGN_IN_ROUTE = 'src/features/auth/SignInPage.tsx';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('The Vite manifest has no entry chunk.');
if (!manifest[SIGN_IN_ROUTE]) throw new Error(`The Vite manifest has no chunk for ${SIGN_IN_ROUTE}; was the route renamed?`);

const files = new Set();
function collect(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported);
}
collect(entryKey);
collect(SIGN_IN_ROUTE);

const gzipBytes = [...files]
  .filter((file) => file.endsWith('.js'))
  .reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
const kb = Math.round((gzipBytes / 1024) * 10) / 10;

console.log(`BUNDLE sign-in initial_js_gzip_kb=${kb}`);
if (kb > BUDGET_KB) {
  console.error(`The sign-in page's initial JavaScript is ${kb} KB gzipped, over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
