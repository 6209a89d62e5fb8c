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

// The chart library (Recharts) loads on the insight page only (issue 13 point 4), and there only after the page
// itself (a chunk the page imports dynamically, InsightCharts): no other route's chunk, nor anything a route or the
// entry imports statically, may hold its code. Its class names mark it in the output.
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
const insightChunks = [CHART_ROUTE, ...(manifest[CHART_ROUTE].dynamicImports ?? []).filter((key) => key.startsWith('src/features/insight/'))];
const chartFiles = [...new Set(insightChunks.flatMap((key) => [...staticFilesOf(key)]))].filter(holdsCharts);
if (chartFiles.length === 0) throw new Error(`No chunk of ${CHART_ROUTE} holds "${CHART_MARKER}": the check below would prove nothing.`);
const leaks = Object.keys(manifest)
  .filter((key) => !insightChunks.includes(key) && (manifest[key].isEntry || manifest[key].isDynamicEntry))
  .flatMap((key) => [...staticFilesOf(key)].filter(holdsCharts).map((file) => `${key} → ${file}`));
const chartKb = Math.round((chartFiles.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0) / 1024) * 10) / 10;
console.log(`BUNDLE insight charts_js_gzip_kb=${chartKb} other_routes_with_chart_code=${leaks.length}`);
if (leaks.length > 0) {
  console.error(`The chart library's code is in chunks other routes load: ${leaks.join(', ')}. Import it from features/insight only.`);
  process.exit(1);
}

// Every route of routes.ts (issue 13 point 8): the entry, the route's own chunk and everything either imports
// statically is what a cold load of that address downloads before its page renders. Each within the budget, and
// only the insight page's reaches the chart library, by its module path (a chunk named after recharts, or a
// manifest key under node_modules/recharts) as well as by its class names above.
const routesSource = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'routes', 'routes.ts'), 'utf8');
const pageModules = new Map(
  [...routesSource.matchAll(/const (\w+) = lazy\(\(\) => import\('([^']+)'\)\);/g)].map(([, name, path]) => {
    const fromSrc = join('src/routes', path).replace(/\\/g, '/');
    return [name, Object.keys(manifest).find((key) => key.replace(/\.(tsx?|jsx?)$/, '') === fromSrc) ?? null];
  }),
);
const routeList = [...routesSource.matchAll(/\['(\/[^']*)', (\w+)\]/g)].map(([, pattern, name]) => ({ pattern, name }));
if (routeList.length < 10) throw new Error(`Found only ${routeList.length} routes in routes.ts; has its shape changed?`);
const isChartModule = (key) => /node_modules\/recharts\//.test(key) || /(^|\/)_?recharts/i.test(manifest[key]?.file ?? '') || /recharts/i.test(manifest[key]?.name ?? '');
function staticKeysOf(key, seen = new Set()) {
  if (!manifest[key] || seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticKeysOf(imported, seen);
  return seen;
}
const gzipKbOf = (keys) =>
  Math.round(
    ([...new Set([...keys].map((key) => manifest[key].file))]
      .filter((file) => file.endsWith('.js'))
      .reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0) /
      1024) *
      10,
  ) / 10;
const overBudget = [];
const chartRoutes = [];
for (const { pattern, name } of routeList) {
  const pageKey = pageModules.get(name) ?? null;
  // A route drawn by the entry itself (a redirect) loads nothing more.
  const keys = staticKeysOf(entryKey);
  if (pageKey) staticKeysOf(pageKey, keys);
  else if (pageModules.has(name)) throw new Error(`The Vite manifest has no chunk for the page of ${pattern} (${name}).`);
  const kb = gzipKbOf(keys);
  console.log(`BUNDLE ${pattern} initial_js_gzip_kb=${kb}`);
  if (kb > BUDGET_KB) overBudget.push(`${pattern} (${kb} KB)`);
  const hasCharts = [...keys].some((key) => isChartModule(key) || holdsCharts(manifest[key].file));
  if (hasCharts) chartRoutes.push(pattern);
}
if (overBudget.length > 0) {
  // No exceptions: a page that grows past the budget loads more of itself on demand (see ui/lazy-dialog.tsx).
  console.error(`Over the budget of initial JavaScript (gzipped; ${BUDGET_KB} KB): ${overBudget.join(', ')}.`);
  process.exit(1);
}
if (chartRoutes.length > 0) {
  console.error(`The chart library is in the initial JavaScript of ${chartRoutes.join(', ')}: it loads after the insight page, and nowhere else.`);
  process.exit(1);
}
