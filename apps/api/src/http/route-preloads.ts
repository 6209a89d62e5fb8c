import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

/**
 * The app shell per address, with `<link rel="modulepreload">` for that address's page chunk and the chunks it imports
 * statically (from Vite's manifest and the web app's routes.ts), so the browser fetches the page's code while the
 * entry runs and asks for the session, instead of one after the other (issue 13 point 7). Without a manifest or the
 * routes file (a build without them), every address gets the shell as built.
 */
export function createRoutePreloads(webDist: string, routesFile: string): (pathname: string) => string {
  const shell = readFileSync(join(webDist, 'index.html'), 'utf8');
  const manifestPath = join(webDist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath) || !existsSync(routesFile)) return () => shell;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const source = readFileSync(routesFile, 'utf8');
  const pageKeys = new Map(
    [...source.matchAll(/const (\w+) = lazy\(\(\) => import\('([^']+)'\)\);/g)].map(([, name, path]) => {
      const fromSrc = join('src/routes', path!).replace(/\\/g, '/');
      return [name!, Object.keys(manifest).find((key) => key.replace(/\.(tsx?|jsx?)$/, '') === fromSrc) ?? null];
    }),
  );
  const routes = [...source.matchAll(/\['(\/[^']*)', (\w+)\]/g)].map(([, pattern, name]) => ({
    parts: pattern!.split('/'),
    pageKey: pageKeys.get(name!) ?? null,
  }));
  const filesOf = (key: string, seen = new Set<string>()): Set<string> => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return seen;
    seen.add(chunk.file);
    for (const imported of chunk.imports ?? []) filesOf(imported, seen);
    return seen;
  };
  const cache = new Map<string, string>();
  const shellFor = (pageKey: string) => {
    let html = cache.get(pageKey);
    if (html === undefined) {
      const links = [...filesOf(pageKey)]
        .filter((file) => file.endsWith('.js') && !shell.includes(`/${file}"`))
        .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
        .join('\n    ');
      html = links ? shell.replace('</head>', `    ${links}\n  </head>`) : shell;
      cache.set(pageKey, html);
    }
    return html;
  };
  return (pathname) => {
    const have = (pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname).split('/');
    // First match wins, as in the app's router.
    const route = routes.find(({ parts }) => parts.length === have.length && parts.every((part, i) => (part.startsWith(':') ? have[i] !== '' : part === have[i])));
    return route?.pageKey ? shellFor(route.pageKey) : shell;
  };
}
