/**
 * The Prisma query Pothos built for a mutation's result object, safe to send. When the client selects nothing of
 * the object (only the result's `__typename`), Pothos gives `{ select: {} }`, which Prisma refuses: the change was
 * already written, yet the client got a 500. Selecting the id is the smallest valid query.
 */
export function nonEmptyQuery<Q extends object>(query: Q): Q {
  const select = (query as { select?: object }).select;
  return select && Object.keys(select).length === 0 ? ({ ...query, select: { id: true } } as Q) : query;
}
