import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';
import { changeId, DEPRECATED } from './change-id.ts';
import { checkDeprecatedRemovals } from './check-deprecated-removals.ts';
import { checkDeprecations } from './check-deprecations.ts';
import type { ChangelogEntry } from './parse-changelog.ts';
import { readDeprecations } from './read-deprecations.ts';
import type { SchemaProblem, SchemaRelease } from './schema-problem.ts';

/**
 * DANGEROUS changes that docs/api-policy.md tells partners to expect, so they pass unlisted: a new enum value, a new
 * union member or interface on a type (clients handle unknown values and `__typename`s), a new optional argument.
 * Every other DANGEROUS change (a changed default value, …) alters what an unchanged query does, so it is treated
 * as breaking.
 */
const PROMISED_ADDITIONS = new Set<string>([
  ChangeType.EnumValueAdded,
  ChangeType.UnionMemberAdded,
  ChangeType.ObjectTypeInterfaceAdded,
  ChangeType.FieldArgumentAdded,
]);

/**
 * The inspector also reports `@deprecated` as a directive usage, rating a changed reason DANGEROUS. A deprecation
 * tells clients something and changes no answer; checkDeprecations and checkDeprecatedRemovals govern its dates.
 */
function isDeprecationUsage(change: Change): boolean {
  return change.type.startsWith('DIRECTIVE_USAGE_') && (change.path ?? '').includes('.@deprecated');
}

export interface SchemaReport {
  /** The date of the release compared against: the latest of `releases`, or null when there is none. */
  base: string | null;
  /** Each one fails the check. */
  problems: SchemaProblem[];
  /** Every difference from the base release, as the inspector reports it. */
  changes: Change[];
  /** Breaking changes the changelog lists (allowed through). */
  listed: Change[];
  /** Additions partners were told to expect (new enum values, union members, …): allowed, shown for review. */
  tolerated: Change[];
  /** What is deprecated now and was not in the base release (`Job.company`), each announced by a `DEPRECATED` entry. */
  deprecated: string[];
}

/**
 * Compares `schema` with the latest of `releases` and applies docs/api-policy.md: a breaking change passes only when
 * `entries` lists it (and a deprecated element only after its removal date), a new deprecation only when announced
 * there, every entry must match a change, and every deprecation names a removal date far enough away.
 */
export async function findSchemaProblems(input: {
  schema: GraphQLSchema;
  releases: readonly SchemaRelease[];
  entries: readonly ChangelogEntry[];
  today: string;
}): Promise<SchemaReport> {
  const { schema, releases, entries, today } = input;
  const problems = checkDeprecations(schema, releases, today);
  const base = [...releases].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  if (!base) return { base: null, problems, changes: [], listed: [], tolerated: [], deprecated: [] };

  const changes = await diff(base.schema, schema);
  const releasedDeprecations = readDeprecations(base.schema);
  const deprecated = [...readDeprecations(schema).keys()].filter((path) => !releasedDeprecations.has(path));
  const listedIds = new Set(entries.map((entry) => entry.id));
  const report: SchemaReport = { base: base.date, problems, changes, listed: [], tolerated: [], deprecated };
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.NonBreaking || isDeprecationUsage(change)) continue;
    if (change.criticality.level === CriticalityLevel.Dangerous && PROMISED_ADDITIONS.has(change.type)) {
      report.tolerated.push(change);
    } else if (listedIds.has(changeId(change))) {
      report.listed.push(change);
    } else {
      const why = change.criticality.reason ? ` ${change.criticality.reason}` : '';
      problems.push({
        kind: 'unlisted-change',
        subject: changeId(change),
        message: `${change.message} (${change.criticality.level}).${why} If it is intended, list it under "## Unreleased" in apps/api/SCHEMA-CHANGELOG.md:\n    - \`${changeId(change)}\`: <why, and what partners use instead>`,
      });
    }
  }
  for (const path of deprecated) {
    const id = `${DEPRECATED} ${path}`;
    if (listedIds.has(id)) continue;
    problems.push({
      kind: 'unlisted-deprecation',
      subject: id,
      message: `${path} is newly deprecated: announce it under "## Unreleased" in apps/api/SCHEMA-CHANGELOG.md:\n    - \`${id}\`: <what partners use instead, and until when it stays>`,
    });
  }
  problems.push(...checkDeprecatedRemovals(changes, base.schema, today));

  const changeIds = new Set([...changes.map(changeId), ...deprecated.map((path) => `${DEPRECATED} ${path}`)]);
  for (const entry of entries) {
    if (changeIds.has(entry.id)) continue;
    problems.push({
      kind: 'stale-entry',
      subject: entry.id,
      message: `SCHEMA-CHANGELOG.md line ${entry.line}: \`${entry.id}\` matches no change since the release of ${base.date}: remove it, or fix its ID to the one the check prints.`,
    });
  }
  return report;
}
