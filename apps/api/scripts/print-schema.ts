// Prints the schema the code builds to apps/api/schema.graphql (committed: partners and the web app's
// codegen read it). `npm run generate` runs this; a test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { printSchemaFile, schemaFilePath } from '../src/print-schema-file.ts';

writeFileSync(schemaFilePath, printSchemaFile());
console.log(`Wrote ${schemaFilePath}`);
