// Runs `prisma generate` (Prisma client + Pothos types) on machines without Prisma's native schema engine.
// `prisma generate` only checks that the schema engine exists and never runs it, so where the engine could
// not be downloaded we point PRISMA_SCHEMA_ENGINE_BINARY at any existing file (node itself).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };

if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const enginesDir = dirname(require.resolve('@prisma/engines/package.json'));
  const hasEngine = existsSync(enginesDir) && readdirSync(enginesDir).some((f) => f.startsWith('schema-engine'));
  if (!hasEngine) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}

// The Pothos generator is an npm bin; make it findable however this script was started.
const binDirs = [];
for (let dir = process.cwd(); ; dir = dirname(dir)) {
  binDirs.push(join(dir, 'node_modules', '.bin'));
  if (dirname(dir) === dir) break;
}
env.PATH = [...binDirs, env.PATH].join(delimiter);

const prismaCli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
