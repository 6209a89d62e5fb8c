// Prints the schema the code builds to apps/api/schema.graphql (committed: partners and the web app's
// codegen read it). `npm run generate` runs this. In CI it only checks, so a stale committed file fails the
// build instead of being silently rewritten.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { printSchemaFile, schemaFilePath } from '../src/print-schema-file.ts';

const printed = printSchemaFile();
if (process.env.CI === 'true') {
  if (!existsSync(schemaFilePath) || readFileSync(schemaFilePath, 'utf8') !== printed) {
    console.error('apps/api/schema.graphql is stale: run `npm run generate` and commit it.');
    process.exit(1);
  }
  console.log('apps/api/schema.graphql is current.');
} else {
  writeFileSync(schemaFilePath, printed);
  console.log(`Wrote ${schemaFilePath}`);
}
