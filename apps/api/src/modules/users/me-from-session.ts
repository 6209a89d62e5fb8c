import type { ViewerRow } from '../../context.ts';

type Query = { select?: Record<string, unknown>; include?: unknown };

/**
 * What `prisma.user.findUnique({ ...query })` would return for `me`, taken from the row the session's statement read
 * (resolve-viewer.ts), or null when the query asks for more than it holds: a column it did not read, a relation other
 * than the agency and its cancellation policy, or anything but a plain select or include (where, orderBy, _count…).
 * The agency and the policy are whole rows (typed as Prisma's models, so a column added to either fails to compile
 * until the statement reads it too).
 */
export function meFromSession(row: ViewerRow, query: Query): Record<string, unknown> | null {
  if (query.include !== undefined || query.select === undefined) return null;
  const me: Record<string, unknown> = {};
  for (const [key, wanted] of Object.entries(query.select)) {
    if (!wanted) continue;
    if (key === 'agency') {
      const agency = agencyFrom(row, wanted);
      if (!agency) return null;
      me.agency = agency;
      continue;
    }
    if (wanted !== true || !Object.hasOwn(row.user, key)) return null;
    me[key] = row.user[key as keyof ViewerRow['user']];
  }
  return me;
}

function agencyFrom(row: ViewerRow, wanted: unknown): Record<string, unknown> | null {
  if (wanted === true) return { ...row.agency };
  if (typeof wanted !== 'object' || wanted === null) return null;
  const { select, include, ...rest } = wanted as { select?: Record<string, unknown>; include?: Record<string, unknown> };
  if (Object.keys(rest).length > 0 || (select === undefined) === (include === undefined)) return null;
  // `include` is every column and the relations named; `select` the columns and relations named.
  const agency: Record<string, unknown> = include ? { ...row.agency } : {};
  for (const [key, value] of Object.entries(include ?? select!)) {
    if (!value) continue;
    if (key === 'cancellationPolicy') {
      if (value !== true) return null;
      agency.cancellationPolicy = row.cancellationPolicy && { ...row.cancellationPolicy };
      continue;
    }
    if (include || value !== true || !Object.hasOwn(row.agency, key)) return null;
    agency[key] = row.agency[key as keyof ViewerRow['agency']];
  }
  return agency;
}
