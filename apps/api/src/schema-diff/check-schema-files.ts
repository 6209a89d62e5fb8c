import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { findSchemaProblems, type SchemaReport } from './find-schema-problems.ts';
import { parseChangelog } from './parse-changelog.ts';
import { readSchemaReleases, schemaFiles, type SchemaFiles } from './read-schema-releases.ts';

/**
 * The schema check on the repository's files: the printed schema against the latest release in schema-releases/,
 * with the changelog's Unreleased entries.
 *
 * `forRelease: true` is the check `schema:release` runs before cutting `today`'s release: a release made earlier
 * today is not compared against but replaced (its changelog entries still count), so cutting twice on one day gives
 * one release holding everything since the previous day's.
 */
export async function checkSchemaFiles({
  today,
  forRelease = false,
  files = schemaFiles,
}: {
  today: string;
  forRelease?: boolean;
  files?: SchemaFiles;
}): Promise<SchemaReport> {
  const changelog = parseChangelog(readFileSync(files.changelog, 'utf8'));
  const releases = readSchemaReleases(files.releasesDir).filter((release) => !forRelease || release.date !== today);
  const entries = [...(forRelease ? (changelog.releases.get(today) ?? []) : []), ...changelog.unreleased];
  const report = await findSchemaProblems({ schema: buildSchema(readFileSync(files.schema, 'utf8')), releases, entries, today });
  report.problems.unshift(...changelog.problems);
  if (!forRelease && report.base === null) {
    report.problems.push({
      kind: 'no-release',
      subject: 'schema-releases',
      message: 'apps/api/schema-releases/ holds no released schema to compare with: cut one with `npm run schema:release -w @shortlist/api`.',
    });
  }
  return report;
}
