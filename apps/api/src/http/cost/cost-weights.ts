/**
 * What a query costs, in points, Shopify-style: one point per object a resolver produces (a scalar or enum costs
 * nothing), so `requested` (priced before running) and `actual` (counted while running) are on one scale. Ranked
 * suggestions are weighed by the work behind them, measured on the demo data (60 candidates and 45 jobs in the
 * recruiter's agency; 20 runs each, in-process and through HTTP): one database object resolved ≈ 0.3 ms on the
 * loaded test machine; one ranking over the agency ≈ 1.4 ms (k = 1) and 15 ms (k = 100) in the domain, so about two
 * rankings' worth of objects plus 0.14 ms per result; a ranked result with its row loaded ≈ 0.95 ms end to end
 * (3 points; its `candidate`/`job` object counts 1 on top); an explanation sent with its categories and skills
 * 0.4–1.3 ms (2 points for the explanation, its lists count as objects on top). The domain explains every ranked
 * result whether or not it is asked for, so that work is in `perResult`; `explanation` is what sending it adds.
 */
export const COST_WEIGHTS = {
  /** A field returning an object, or a list of them: once per time it resolves. */
  object: 1,
  /** A top-level mutation field: validation, a transaction, activity records and notifications. */
  mutation: 10,
  /** A connection without `first`/`last` returns this many (Pothos's default page). */
  defaultPageSize: 20,
  /** Pothos's ceiling on a page; the page-size limit refuses more anyway. */
  maxPageSize: 100,
  /** A plain list field without `first`, such as `skills` or `interviews`: a guess at its length (actual counts the real one). */
  assumedListSize: 10,
  /** Ranked suggestions: a ranking over the agency, plus each result up to the end of the page scored, explained and loaded. */
  ranked: {
    'Job.suggestedCandidates': { ranking: 10, perResult: 3 },
    'Candidate.suggestedJobs': { ranking: 10, perResult: 3 },
  } as Record<string, { ranking: number; perResult: number }>,
  /** A match's explanation, per result, beside the objects in it. */
  explanation: { 'Match.explanation': 2 } as Record<string, number>,
} as const;
