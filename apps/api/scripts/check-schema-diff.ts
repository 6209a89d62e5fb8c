// `npm run schema:check -w @shortlist/api`: the printed schema against the latest release in schema-releases/, by
// docs/api-policy.md. Exits 1 on a breaking change SCHEMA-CHANGELOG.md does not list, a stale entry, a deprecation
// without a removal date at least 6 months away, or a deprecated element removed before its date.
// test/schema-diff.test.ts runs the same check in `npm test`.
import { checkSchemaFiles } from '../src/schema-diff/check-schema-files.ts';
import { formatSchemaReport } from '../src/schema-diff/format-schema-report.ts';

const report = await checkSchemaFiles({ today: new Date().toISOString().slice(0, 10) });
console.log(formatSchemaReport(report));
if (report.problems.length > 0) process.exit(1);
