// `turbo run build` for the API: bundles src/main.ts and everything it imports into dist/main.js, so `npm start`
// runs plain JavaScript instead of compiling TypeScript with tsx at every start, and Node opens one file instead of
// resolving ~1,000 modules.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

/**
 * Prisma's client carries its query compiler (WebAssembly) as a 4.6 MB base64 string in a JavaScript module, which
 * every start read, parsed, decoded and compiled on the main thread before the first query (~0.15 s). Written here
 * as a .wasm file beside the bundle, the generated client reads it and compiles it with WebAssembly.compile, which
 * V8 does on its background threads.
 */
const prismaWasmFile = 'prisma-query-compiler.wasm';
const prismaWasmImport = [
  'const { wasm } = await import("@prisma/client/runtime/query_compiler_fast_bg.postgresql.wasm-base64.mjs")',
  '    return await decodeBase64AsWasm(wasm)',
].join('\n');
const prismaWasmPlugin = {
  name: 'prisma-query-compiler-file',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]generated[\\/]prisma[\\/]internal[\\/]class\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(prismaWasmImport)) {
        throw new Error(`${args.path} no longer loads the query compiler as build.mjs expects; update prismaWasmPlugin`);
      }
      const fromFile = [
        "const { readFile } = await import('node:fs/promises')",
        `    return await WebAssembly.compile(await readFile(new URL('./${prismaWasmFile}', import.meta.url)))`,
      ].join('\n');
      return { contents: source.replace(prismaWasmImport, fromFile), loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};
/**
 * Apollo Server hashes every request's query text (to find its parsed document again) with @apollo/utils.createhash,
 * which takes Node's crypto through `module.require` and otherwise the pure-JavaScript sha.js. Bundled, `module` is
 * esbuild's wrapper without `require`, so every request hashed in JavaScript (~0.6 % of the job page's CPU). The
 * bundle's `require` (the banner's) loads Node's crypto instead: the same SHA-256.
 */
const nodeCryptoHashPlugin = {
  name: 'apollo-createhash-node-crypto',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]@apollo[\\/]utils\.createhash[\\/]dist[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('module.require')) {
        throw new Error(`${args.path} no longer loads crypto through module.require as build.mjs expects; update nodeCryptoHashPlugin`);
      }
      return { contents: source.replaceAll('module.require', 'require'), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * graphql-js coerces every field's arguments before resolving it, fields without any too: two objects made with
 * `Object.create(null)`, which V8 keeps as dictionaries (hash tables), per field and row. A job page resolves ~2,000
 * fields, nearly all without arguments, and those two objects were a fifth of everything it allocated (~0.4 MB of
 * ~2.2 MB), and getArgumentValues ~3 % of its CPU. A field that takes no arguments gets an empty object at once: what
 * the loop below would have returned, as an ordinary object. Every other field goes through graphql-js as written.
 */
const graphqlArgumentsSignature = 'function getArgumentValues(def, node, variableValues) {';
const graphqlNoArgumentsPlugin = {
  name: 'graphql-no-arguments-fast-path',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]graphql[\\/]execution[\\/]values\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (source.split(graphqlArgumentsSignature).length !== 2) {
        throw new Error(`${args.path} no longer defines getArgumentValues as build.mjs expects; update graphqlNoArgumentsPlugin`);
      }
      return {
        contents: source.replace(graphqlArgumentsSignature, `${graphqlArgumentsSignature}\n  if (def.args.length === 0) return {};`),
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
};

/**
 * Pothos keeps what a request caches (scope-auth's decisions, plugin-prisma's loaders and selection plans…) in
 * module-level WeakMaps keyed by the request's context, through one helper, createContextCache. V8's young-generation
 * collector keeps the values of a WeakMap that lives in the old generation alive while their key is young, and these
 * values point back at the context: every scavenge found them alive and promoted them, with everything they reach.
 * ~3.4 MB of each job page scavenge went to the old generation that way (`--trace-gc-nvp`: promoted), which is what
 * filled it and brought a mark-compact, and a run of slow requests, every ~2.5 s at 100 pages a second. Here each
 * cache entry is kept on the key object itself (a non-enumerable property under a symbol of the cache's own), so it
 * dies with the request's context in the young generation; a key that cannot take a property (frozen) still goes to
 * the WeakMap. What the cache returns, and when an entry is created or deleted, is as before.
 */
const contextCacheFunction = /function createContextCache\(create\) \{[\s\S]*?\n {4}return getOrCreate;\n\}/;
const contextCacheOnKey = `function createContextCache(create) {
    const cache = new WeakMap();
    const slot = Symbol('Pothos.contextCacheEntry');
    const getOrCreate = (context, ...args)=>{
        const cacheKey = context[contextCacheSymbol] || context;
        if (Object.isExtensible(cacheKey)) {
            if (Object.prototype.hasOwnProperty.call(cacheKey, slot)) return cacheKey[slot];
            const entry = create(context, ...args);
            Object.defineProperty(cacheKey, slot, { value: entry, writable: true, configurable: true, enumerable: false });
            return entry;
        }
        if (cache.has(cacheKey)) {
            return cache.get(cacheKey);
        }
        const entry = create(context, ...args);
        cache.set(cacheKey, entry);
        return entry;
    };
    getOrCreate.delete = (context)=>{
        const cacheKey = context[contextCacheSymbol] || context;
        if (Object.prototype.hasOwnProperty.call(cacheKey, slot)) delete cacheKey[slot];
        cache.delete(cacheKey);
    };
    return getOrCreate;
}`;
const pothosContextCachePlugin = {
  name: 'pothos-context-cache-on-key',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]@pothos[\\/]core[\\/](esm|lib)[\\/]utils[\\/]context-cache\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const found = contextCacheFunction.exec(source)?.[0];
      if (!found || !found.includes('const cache = new WeakMap();') || !found.includes('cache.set(cacheKey, entry);') || !found.includes('cache.delete(cacheKey);')) {
        throw new Error(`${args.path} no longer defines createContextCache as build.mjs expects; update pothosContextCachePlugin`);
      }
      return { contents: source.replace(found, contextCacheOnKey), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

const { wasm } = await import('@prisma/client/runtime/query_compiler_fast_bg.postgresql.wasm-base64.mjs');
await mkdir(outdir, { recursive: true });
await writeFile(join(outdir, prismaWasmFile), Buffer.from(wasm, 'base64'));

// Chunks of an earlier build would stay beside the new ones, unused: their names change with their contents.
const chunkFile = /^[\w.-]+-[A-Z0-9]{8}\.js(\.map)?$/;
for (const name of await readdir(outdir).catch(() => [])) {
  if (chunkFile.test(name)) await rm(join(outdir, name), { force: true });
}

const result = await build({
  entryPoints: [join(apiDir, 'src', 'main.ts')],
  outdir,
  entryNames: '[name]',
  // What main.ts and the modules after it load with `import()` is written to chunks of its own, read when first
  // asked for: the server's ~10 MB (schema, resolvers, mail) is read and parsed while the database opens, and what
  // few requests need (the city-to-time-zone table, Prisma's query compiler, the Redis client) only when they do.
  splitting: true,
  // Beside main.js, not in a folder: the plugin above writes each source's location relative to outdir.
  chunkNames: '[name]-[hash]',
  absWorkingDir: apiDir,
  metafile: true,
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
  plugins: [prismaWasmPlugin, nodeCryptoHashPlugin, graphqlNoArgumentsPlugin, pothosContextCachePlugin, sourceLocationPlugin],
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
for (const file of Object.keys(result.metafile.outputs).filter((name) => name.endsWith('.js'))) {
  const path = resolve(apiDir, file);
  const source = await readFile(path, 'utf8');
  if (/[^\x00-\x7f]/.test(source)) {
    await writeFile(path, source.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
  }
}
