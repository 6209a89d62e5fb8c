import { buildSchema } from 'graphql';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SchemaRelease } from './schema-problem.ts';

const apiDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** One `<YYYY-MM-DD>.graphql` per release: the printed schema as partners got it that day. */
export const schemaReleasesDir = join(apiDir, 'schema-releases');
export const schemaChangelogPath = join(apiDir, 'SCHEMA-CHANGELOG.md');
/** What `npm run generate` prints (a test keeps it equal to the code), read as a file so the check loads no code. */
export const printedSchemaPath = join(apiDir, 'schema.graphql');

const RELEASE_FILE = /^(\d{4}-\d{2}-\d{2})\.graphql$/;

/** Every released schema in `dir`, oldest first. */
export function readSchemaReleases(dir = schemaReleasesDir): SchemaRelease[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((file) => {
      const date = RELEASE_FILE.exec(file)?.[1];
      return date ? [{ date, schema: buildSchema(readFileSync(join(dir, file), 'utf8')) }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
