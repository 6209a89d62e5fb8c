import { lexicographicSortSchema, printSchema } from 'graphql';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schema } from './schema.ts';

export const schemaFilePath = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema.graphql');

export function printSchemaFile(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
