// `npm run schema:release -w @shortlist/api`: cuts today's (UTC) schema release. Checks the printed schema as
// `schema:check` does, then copies it to schema-releases/<today>.graphql and moves SCHEMA-CHANGELOG.md's Unreleased
// entries under `## <today>`. Run again the same day it replaces that day's release (compared with the one before),
// so the day's last run is the release. Commit both.
import { readFileSync } from 'node:fs';
import { printSchemaFile } from '../src/print-schema-file.ts';
import { cutSchemaRelease } from '../src/schema-diff/cut-schema-release.ts';
import { formatSchemaReport } from '../src/schema-diff/format-schema-report.ts';
import { schemaFiles } from '../src/schema-diff/read-schema-releases.ts';

if (readFileSync(schemaFiles.schema, 'utf8') !== printSchemaFile()) {
  console.error('apps/api/schema.graphql is not what the code builds: run `npm run generate -w @shortlist/api` first.');
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);
const { report, isReleased } = await cutSchemaRelease({ today });
console.log(formatSchemaReport(report));
if (!isReleased) {
  console.error('\nNo release cut: fix the problems above first.');
  process.exit(1);
}
console.log(`\nReleased apps/api/schema-releases/${today}.graphql and moved the Unreleased entries under "## ${today}" in SCHEMA-CHANGELOG.md. Commit both.`);
