import { buildSchema } from 'graphql';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SchemaRelease } from './schema-problem.ts';

const apiDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the schema check reads and a release writes; tests point it at a folder of their own. */
export interface SchemaFiles {
  /** What `npm run generate` prints (a test keeps it equal to the code), read as a file so the check loads no code. */
  schema: string;
  /** One `<YYYY-MM-DD>.graphql` per release: the printed schema as partners got it that day. */
  releasesDir: string;
  changelog: string;
}

export const schemaFiles: SchemaFiles = {
  schema: join(apiDir, 'schema.graphql'),
  releasesDir: join(apiDir, 'schema-releases'),
  changelog: join(apiDir, 'SCHEMA-CHANGELOG.md'),
};

const RELEASE_FILE = /^(\d{4}-\d{2}-\d{2})\.graphql$/;

/** Every released schema in `dir`, oldest first. */
export function readSchemaReleases(dir: string): SchemaRelease[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((file) => {
      const date = RELEASE_FILE.exec(file)?.[1];
      return date ? [{ date, schema: buildSchema(readFileSync(join(dir, file), 'utf8')) }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
