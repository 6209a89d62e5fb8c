// `turbo run build` for the API: bundles src/main.ts and everything it imports into dist/main.js, so `npm start`
// runs plain JavaScript instead of compiling TypeScript with tsx at every start, and Node opens one file instead of
// resolving ~1,000 modules.
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir <dir>` (tests build a bundle of their own); it must stay under apps/api, where the externals resolve.
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? resolve(process.argv[outdirFlag + 1]) : join(apiDir, 'dist');

/**
 * Kept out of the bundle, loaded from node_modules at run time:
 * - PGlite finds its .wasm and .data files next to its own module (`new URL(..., import.meta.url)`);
 * - pino starts its transports in worker threads from files beside its own module;
 * - pg-native is an optional native addon `pg` only tries to load.
 */
const external = ['@electric-sql/pglite', '@electric-sql/pglite/*', 'pino', 'pg-native'];

/**
 * Our own sources find files next to themselves (the repo root, the migrations folder, Prisma's generated client).
 * Bundled into dist/main.js, `import.meta.url` would be dist's; this points each file's `import.meta.url` back at
 * the file it was written in, relative to the bundle, so the paths stay right wherever the repo is cloned.
 */
const sourceLocationPlugin = {
  name: 'source-import-meta-url',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, async (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const fromBundle = relative(outdir, args.path).split(sep).join('/');
      return {
        contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`),
        loader: /\.m?ts$/.test(args.path) ? 'ts' : 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
};

await build({
  entryPoints: [join(apiDir, 'src', 'main.ts')],
  outfile: join(outdir, 'main.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // graphql 16 has a CJS (main) and an ESM (module) build; Apollo and Pothos must share one copy, or
  // `instanceof GraphQLError` fails between them. `main` first picks the CJS one for every importer.
  mainFields: ['main', 'module'],
  // E-mail templates are React components (React Email), rendered to HTML on the server.
  jsx: 'automatic',
  external,
  plugins: [sourceLocationPlugin],
  // Bundled CommonJS packages call require() for Node built-ins, which an ES module does not have.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  // Without comments and indentation the bundle is ~14 MB instead of ~18 MB: Node reads, decodes and parses it at
  // every start before any of our code runs (~0.1 s less). Names stay, and stack traces map back through the map.
  minifyWhitespace: true,
});

// esbuild writes ASCII but leaves a regular expression's characters as they are (`/[øØ]/` in the domain's text
// folding). One such byte makes V8 hold the whole 14 MB source as a two-byte string, which Node decodes and V8
// scans more slowly (~0.15 s of each start). Written as \u escapes they mean the same characters.
const bundleFile = join(outdir, 'main.js');
const bundle = await readFile(bundleFile, 'utf8');
if (/[^\x00-\x7f]/.test(bundle)) {
  await writeFile(bundleFile, bundle.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
