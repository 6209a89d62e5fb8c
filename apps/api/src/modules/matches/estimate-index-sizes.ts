import type { Database } from '@shortlist/db/open-database';
import type { IndexCapacity } from '@shortlist/domain/matching';

/** Room for candidates who arrive while the index is built, and for an estimate that is a little low. */
const HEADROOM = 1.1;

/**
 * How many candidates (and candidate skills) each agency's index is about to hold, from the planner's statistics:
 * the tables' row counts and the share of each common agencyId (what ANALYZE and autovacuum keep, and what seed:scale
 * and the bench refresh after a bulk load). Exact counts took 125 ms (candidates) and 430 ms (their skills) at 100,000
 * candidates, longer than what they save; these cost one catalog read. An agency the statistics do not list (a small
 * one, or none yet after a bulk load without ANALYZE) is absent: its index starts small and grows as before.
 */
export async function estimateIndexSizes(sql: Pick<Database['sql'], 'query'>): Promise<Map<string, IndexCapacity>> {
  const rows = await sql.query<{ agencyId: string; share: number; candidates: number; skills: number }>(
    `WITH tables AS (
       SELECT max(CASE WHEN c.relname = 'CandidateProfile' THEN c.reltuples END) AS candidates,
              max(CASE WHEN c.relname = 'CandidateSkill' THEN c.reltuples END) AS skills
         FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relname IN ('CandidateProfile', 'CandidateSkill')
     ), common AS (
       SELECT unnest(s.most_common_vals::text::text[]) AS "agencyId", unnest(s.most_common_freqs) AS share
         FROM pg_stats s
        WHERE s.schemaname = current_schema() AND s.tablename = 'CandidateProfile' AND s.attname = 'agencyId'
     )
     SELECT common."agencyId", common.share::float8 AS share, tables.candidates::float8 AS candidates, tables.skills::float8 AS skills
       FROM common, tables
      WHERE tables.candidates > 0`,
  );
  const sizes = new Map<string, IndexCapacity>();
  for (const row of rows) {
    const candidates = row.share * row.candidates;
    const skillsPerCandidate = row.skills > 0 ? row.skills / row.candidates : 0;
    sizes.set(row.agencyId, { candidates: Math.ceil(candidates * HEADROOM), skills: Math.ceil(candidates * skillsPerCandidate * HEADROOM) });
  }
  return sizes;
}
