// `npm run schema:release -w @shortlist/api`: cuts today's (UTC) schema release. Checks the printed schema as
// `schema:check` does, then copies it to schema-releases/<today>.graphql and moves SCHEMA-CHANGELOG.md's Unreleased
// entries under `## <today>`. Run again the same day it replaces that day's release (compared with the one before),
// so the day's last run is the release. Commit both files.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaFile } from '../src/print-schema-file.ts';
import { checkSchemaFiles } from '../src/schema-diff/check-schema-files.ts';
import { formatSchemaReport } from '../src/schema-diff/format-schema-report.ts';
import { printedSchemaPath, schemaChangelogPath, schemaReleasesDir } from '../src/schema-diff/read-schema-releases.ts';
import { releaseChangelog } from '../src/schema-diff/release-changelog.ts';

if (readFileSync(printedSchemaPath, 'utf8') !== printSchemaFile()) {
  console.error('apps/api/schema.graphql is not what the code builds: run `npm run generate -w @shortlist/api` first.');
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);
const report = await checkSchemaFiles({ today, forRelease: true });
console.log(formatSchemaReport(report));
if (report.problems.length > 0) {
  console.error(`\nNo release cut: fix the problems above first.`);
  process.exit(1);
}

mkdirSync(schemaReleasesDir, { recursive: true });
const snapshot = join(schemaReleasesDir, `${today}.graphql`);
copyFileSync(printedSchemaPath, snapshot);
writeFileSync(schemaChangelogPath, releaseChangelog(readFileSync(schemaChangelogPath, 'utf8'), today));
console.log(`\nReleased apps/api/schema-releases/${today}.graphql and moved the Unreleased entries under "## ${today}" in SCHEMA-CHANGELOG.md. Commit both.`);
