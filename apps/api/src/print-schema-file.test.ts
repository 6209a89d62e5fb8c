import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSchemaFile, schemaFilePath } from './print-schema-file.ts';

describe('the committed schema.graphql', () => {
  it('is what the code builds today (run `npm run generate` and commit it when this fails)', () => {
    expect(readFileSync(schemaFilePath, 'utf8')).toBe(printSchemaFile());
  });
});
