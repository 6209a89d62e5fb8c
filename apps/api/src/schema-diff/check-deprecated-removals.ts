import { ChangeType, type Change } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';
import { changeId } from './change-id.ts';
import { readDeprecations } from './read-deprecations.ts';
import { readRemovalDate } from './read-removal-date.ts';
import type { SchemaProblem } from './schema-problem.ts';

const REMOVALS = new Set<string>([
  ChangeType.FieldRemoved,
  ChangeType.FieldArgumentRemoved,
  ChangeType.InputFieldRemoved,
  ChangeType.EnumValueRemoved,
]);

/**
 * A deprecated element removed before the date its deprecation promised (or whose deprecation promised none) is a
 * problem whatever the changelog says: partners were told they had until then.
 */
export function checkDeprecatedRemovals(changes: readonly Change[], released: GraphQLSchema, today: string): SchemaProblem[] {
  const deprecations = readDeprecations(released);
  const problems: SchemaProblem[] = [];
  for (const change of changes) {
    if (!REMOVALS.has(change.type) || !change.path) continue;
    const reason = deprecations.get(change.path);
    if (reason === undefined) continue;
    const removalDate = readRemovalDate(reason);
    if (removalDate && removalDate <= today) continue;
    problems.push({
      kind: 'removed-before-date',
      subject: changeId(change),
      message: removalDate
        ? `${change.path} was removed before ${removalDate}, the date its deprecation promised it would stay until. Put it back until then.`
        : `${change.path} was removed, but its deprecation ("${reason}") promised no removal date: put it back and give it one.`,
    });
  }
  return problems;
}
