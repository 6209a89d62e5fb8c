import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSchemaFiles } from './check-schema-files.ts';
import type { SchemaReport } from './find-schema-problems.ts';
import { schemaFiles, type SchemaFiles } from './read-schema-releases.ts';
import { releaseChangelog } from './release-changelog.ts';

/**
 * Releases the printed schema as `<releasesDir>/<today>.graphql` and moves the changelog's Unreleased entries under
 * `## <today>`, when it passes the check against the release before today (see checkSchemaFiles' `forRelease`).
 * Nothing is written when it does not.
 */
export async function cutSchemaRelease({ today, files = schemaFiles }: { today: string; files?: SchemaFiles }): Promise<{
  report: SchemaReport;
  isReleased: boolean;
}> {
  const report = await checkSchemaFiles({ today, forRelease: true, files });
  if (report.problems.length > 0) return { report, isReleased: false };
  mkdirSync(files.releasesDir, { recursive: true });
  copyFileSync(files.schema, join(files.releasesDir, `${today}.graphql`));
  writeFileSync(files.changelog, releaseChangelog(readFileSync(files.changelog, 'utf8'), today));
  return { report, isReleased: true };
}
