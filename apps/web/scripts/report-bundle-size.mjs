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

// The chart library (Recharts) loads on the insight page only (issue 13 point 4): no other route's chunk, nor
// anything a route or the entry imports statically, may hold its code. Its class names mark it in the output.
const CHART_ROUTE = 'src/features/insight/InsightPage.tsx';
const CHART_MARKER = 'recharts-wrapper';
const holdsCharts = (file) => file.endsWith('.js') && readFileSync(join(dist, file), 'utf8').includes(CHART_MARKER);
function staticFilesOf(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticFilesOf(imported, seen);
  return seen;
}
if (!manifest[CHART_ROUTE]) throw new Error(`The Vite manifest has no chunk for ${CHART_ROUTE}; was the route renamed?`);
const chartFiles = [...staticFilesOf(CHART_ROUTE)].filter(holdsCharts);
if (chartFiles.length === 0) throw new Error(`No chunk of ${CHART_ROUTE} holds "${CHART_MARKER}": the check below would prove nothing.`);
const leaks = Object.keys(manifest)
  .filter((key) => key !== CHART_ROUTE && (manifest[key].isEntry || manifest[key].isDynamicEntry))
  .flatMap((key) => [...staticFilesOf(key)].filter(holdsCharts).map((file) => `${key} → ${file}`));
const chartKb = Math.round((chartFiles.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0) / 1024) * 10) / 10;
console.log(`BUNDLE insight charts_js_gzip_kb=${chartKb} other_routes_with_chart_code=${leaks.length}`);
if (leaks.length > 0) {
  console.error(`The chart library's code is in chunks other routes load: ${leaks.join(', ')}. Import it from features/insight only.`);
  process.exit(1);
}
