import { changeId } from './change-id.ts';
import type { SchemaReport } from './find-schema-problems.ts';

/** The check's output for a person: what fails and how to fix it, then what passed and why. */
export function formatSchemaReport(report: SchemaReport): string {
  const lines = [
    report.base
      ? `Schema compared with the release of ${report.base} (apps/api/schema-releases/${report.base}.graphql): ${report.changes.length} change(s).`
      : 'No earlier release to compare with.',
  ];
  if (report.problems.length > 0) {
    lines.push('', `${report.problems.length} problem(s) (docs/api-policy.md says why):`);
    for (const problem of report.problems) lines.push(`  ✗ [${problem.kind}] ${problem.message}`);
  }
  if (report.listed.length > 0) {
    lines.push('', 'Breaking changes listed in SCHEMA-CHANGELOG.md:');
    for (const change of report.listed) lines.push(`  ✓ ${changeId(change)}: ${change.message}`);
  }
  if (report.deprecated.length > 0) {
    lines.push('', 'Newly deprecated:');
    for (const path of report.deprecated) lines.push(`  ✓ ${path}`);
  }
  if (report.tolerated.length > 0) {
    lines.push('', 'Additions partners were told to expect (allowed; say so in the changelog if a partner would care):');
    for (const change of report.tolerated) lines.push(`  ~ ${changeId(change)}: ${change.message}`);
  }
  return lines.join('\n');
}
