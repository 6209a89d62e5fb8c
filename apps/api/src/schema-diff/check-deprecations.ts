import type { GraphQLSchema } from 'graphql';
import { readDeprecations } from './read-deprecations.ts';
import { readRemovalDate } from './read-removal-date.ts';
import type { SchemaProblem, SchemaRelease } from './schema-problem.ts';

/** How long a partner has, at least, between a deprecation's release and the element's removal. */
export const DEPRECATION_MONTHS = 6;

/**
 * Every deprecation in `schema` must name its removal date, at least DEPRECATION_MONTHS after the day the
 * deprecation first appeared in a release (`releases`, any order), or after `today` when no release has it yet.
 */
export function checkDeprecations(schema: GraphQLSchema, releases: readonly SchemaRelease[], today: string): SchemaProblem[] {
  const oldestFirst = [...releases].sort((a, b) => a.date.localeCompare(b.date));
  const releasedDeprecations = oldestFirst.map((release) => ({ date: release.date, paths: readDeprecations(release.schema) }));
  const problems: SchemaProblem[] = [];
  for (const [path, reason] of readDeprecations(schema)) {
    const removalDate = readRemovalDate(reason);
    if (!removalDate) {
      problems.push({
        kind: 'deprecation-without-date',
        subject: path,
        message: `${path} is deprecated without a removal date: end its reason with "Removal on or after YYYY-MM-DD." (at least ${DEPRECATION_MONTHS} months away). Reason now: "${reason}"`,
      });
      continue;
    }
    const deprecatedSince = releasedDeprecations.find((release) => release.paths.has(path))?.date ?? today;
    const earliest = addMonths(deprecatedSince, DEPRECATION_MONTHS);
    if (removalDate < earliest) {
      const since = deprecatedSince === today ? 'it is not released yet, so from today' : `it was first released deprecated on ${deprecatedSince}`;
      problems.push({
        kind: 'removal-date-too-soon',
        subject: path,
        message: `${path} may be removed on or after ${removalDate}, less than ${DEPRECATION_MONTHS} months after its deprecation (${since}): the earliest removal date is ${earliest}.`,
      });
    }
  }
  return problems;
}

/** `date` plus `months` calendar months, the day clamped to the month's end (2026-08-31 + 6 = 2027-02-28). */
function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const daysInTarget = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(day, daysInTarget));
  return firstOfTarget.toISOString().slice(0, 10);
}
