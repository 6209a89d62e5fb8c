import type { Change } from '@graphql-inspector/core';

/**
 * A change's ID as SCHEMA-CHANGELOG.md lists it: the inspector's change type and the schema path it names, e.g.
 * `FIELD_REMOVED Job.company` or `FIELD_ARGUMENT_ADDED Query.jobs.status`. Stable across runs and across wording
 * changes in the inspector's messages, and printed by the check so it can be copied.
 */
export function changeId(change: Pick<Change, 'type' | 'path'>): string {
  return change.path ? `${change.type} ${change.path}` : String(change.type);
}

/**
 * The ID type of an entry announcing a deprecation, `DEPRECATED Job.company`: ours, not the inspector's, which names
 * deprecations differently for fields, arguments and enum values.
 */
export const DEPRECATED = 'DEPRECATED';
