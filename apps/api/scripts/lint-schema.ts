// Lints apps/api/schema.graphql with graphql-schema-linter and @graphql-eslint (schema-recommended +
// schema-relay), one line per finding and a count per rule; exits 1 when there are findings.
// `npx tsx scripts/lint-schema.ts --type Job --type JobConnection` shows only those types' findings;
// `--as-shipped` lints without the two options src/schema-lint/lint-schema.ts sets, and says why they are set.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatFinding, lintSchema, typeNameOf } from '../src/schema-lint/lint-schema.ts';

const { values } = parseArgs({ options: { type: { type: 'string', multiple: true }, 'as-shipped': { type: 'boolean' } } });
const types = new Set(values.type ?? []);

const schemaFilePath = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema.graphql');
const findings = lintSchema(readFileSync(schemaFilePath, 'utf8'), { asShipped: values['as-shipped'] }).filter(
  (finding) => types.size === 0 || types.has(typeNameOf(finding.coordinate)),
);
for (const finding of findings) console.log(formatFinding(finding));

const perRule = new Map<string, number>();
for (const finding of findings) {
  const key = `${finding.tool} ${finding.rule}`;
  perRule.set(key, (perRule.get(key) ?? 0) + 1);
}
console.log(`\n${findings.length} finding${findings.length === 1 ? '' : 's'}`);
for (const [rule, count] of [...perRule].sort((a, b) => b[1] - a[1])) console.log(`${String(count).padStart(5)}  ${rule}`);
process.exitCode = findings.length > 0 ? 1 : 0;
