import type { Database } from '@shortlist/db/open-database';
import type { CandidateProfile, EmploymentType, RemotePolicy, Seniority } from '@shortlist/domain/matching';

/**
 * Which rows to read: a page in ID order after `after` (of one agency, or of all; up to `upTo` included, so that
 * parts of the key range can be read side by side), or given IDs (any order).
 */
export type ProfileRows = { page: { after: string | null; limit: number; agencyId?: string; upTo?: string } } | { ids: readonly string[] };

export interface CandidateProfileOfAgency {
  agencyId: string;
  profile: CandidateProfile;
}

/**
 * A candidate as read, before decoding: its ID and the JSON text of everything else (the fields of `Fields`, its
 * skills nested). One string per row, parsed by decodeCandidateRow right before the candidate is indexed, not for a
 * whole page at once by the driver: a page of ~17 parsed columns and parsed skills was ~100 objects per candidate
 * kept alive while the page waited its turn, which every young-generation garbage collection during a build copied
 * (pauses of 10-90 ms), and the driver's per-column parsing was a fifth of the build's time on the main thread.
 */
export type CandidateRow = { id: string; data: string };

/** The order of the fields in CandidateRow.data (json_build_array below). */
type Fields = [
  agencyId: string,
  yearsExperience: number,
  seniority: Seniority,
  city: string | null,
  country: string,
  timeZone: string,
  minSalary: number | null,
  salaryCurrency: string,
  remotePreference: RemotePolicy,
  preferredLocations: string[] | null,
  willingToRelocate: boolean,
  employmentTypes: EmploymentType[] | null,
  /** YYYY-MM-DD (JSON writes a DATE in ISO form whatever DateStyle says). */
  earliestStart: string | null,
  noticePeriodDays: number,
  targetOpportunities: number,
  /** The skills as four parallel arrays in skillId order, each null without skills. */
  skills: SkillColumns,
];

type SkillColumns = [skillIds: string[] | null, levels: number[] | null, years: number[] | null, lastUsedYears: (number | null)[] | null];

const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Candidates as the matching engine reads them, in one statement with their skills, without Prisma: the index is
 * built from 100,000s of these at start-up, where nested `findMany` spent seconds on its own query per relation and
 * on objects nobody reads. Gives exactly what toCandidateProfile gives for the same row (match-profiles.test.ts).
 *
 * A page is keyset-paginated on the primary key; each candidate's skills are read by its ID, so the plan does not
 * depend on table statistics, which are missing after a bulk load.
 */
export async function readCandidateProfiles(sql: Pick<Database['sql'], 'query'>, rows: ProfileRows): Promise<CandidateProfileOfAgency[]> {
  return (await readCandidateRows(sql, rows)).map(decodeCandidateRow);
}

/** The rows readCandidateProfiles decodes, undecoded: the start-up build decodes each right before indexing it. */
export async function readCandidateRows(sql: Pick<Database['sql'], 'query'>, rows: ProfileRows): Promise<CandidateRow[]> {
  let where: string;
  let params: unknown[];
  if ('ids' in rows) {
    if (rows.ids.length === 0) return [];
    where = `"id" = ANY($1::uuid[])`;
    params = [rows.ids];
  } else {
    const { after, limit, agencyId, upTo } = rows.page;
    params = [after ?? NO_ID, limit];
    if (upTo) {
      params.push(upTo);
      where = `"id" > $1::uuid AND "id" <= $3::uuid ORDER BY "id" LIMIT $2`;
    } else if (agencyId) {
      params.push(agencyId);
      where = `"agencyId" = $3::uuid AND "id" > $1::uuid ORDER BY "id" LIMIT $2`;
    } else {
      where = `"id" > $1::uuid ORDER BY "id" LIMIT $2`;
    }
  }
  // Each candidate's skills by its own key in the skills' primary key (candidateId, skillId): already in skillId
  // order, and whatever the page (a range, an agency's IDs spread over the key range, given IDs). Against one range
  // scan of the page's key range, grouped and sorted, this took ~12-16 % less database time per 1,000-row page.
  // They come as four arrays (IDs, levels, years, last used) aggregated from the sorted rows, not as one JSON array
  // per skill: building ~15 small JSON arrays per candidate was most of the statement's time (10,000 candidates:
  // 0.41 s instead of 0.73 s of database time). A subquery with ORDER BY is not merged into the outer query, so the
  // aggregates read its rows in that order, all four in the same order.
  return sql.query<CandidateRow>(
    `WITH page AS MATERIALIZED (
       SELECT "id", "agencyId", "yearsExperience", "seniority", "city", "country", "timeZone", "minSalary",
              "salaryCurrency", "remotePreference", "preferredLocations", "willingToRelocate", "employmentTypes",
              "earliestStart", "noticePeriodDays", "targetOpportunities"
         FROM "CandidateProfile"
        WHERE "erasedAt" IS NULL AND ${where}
     )
     SELECT page."id",
            json_build_array(page."agencyId", page."yearsExperience", page."seniority", page."city", page."country",
              page."timeZone", page."minSalary", page."salaryCurrency", page."remotePreference", page."preferredLocations",
              page."willingToRelocate", page."employmentTypes", page."earliestStart", page."noticePeriodDays",
              page."targetOpportunities",
              (SELECT json_build_array(array_agg(s."skillId"), array_agg(s."level"), array_agg(s."years"), array_agg(s."lastUsedYear"))
                 FROM (SELECT "skillId", "level", "years", "lastUsedYear"
                         FROM "CandidateSkill"
                        WHERE "candidateId" = page."id"
                        ORDER BY "skillId") s))::text AS "data"
       FROM page
      ORDER BY page."id"`,
    params,
  );
}

/** A read row as the engine takes it: field by field as toCandidateProfile maps a Prisma row. */
export function decodeCandidateRow(row: CandidateRow): CandidateProfileOfAgency {
  const [
    agencyId,
    yearsExperience,
    seniority,
    city,
    country,
    timeZone,
    minSalary,
    salaryCurrency,
    remotePreference,
    preferredLocations,
    willingToRelocate,
    employmentTypes,
    earliestStart,
    noticePeriodDays,
    targetOpportunities,
    [skillIds, levels, years, lastUsedYears],
  ] = JSON.parse(row.data) as Fields;
  const profile: CandidateProfile = {
    id: row.id,
    skills: (skillIds ?? []).map((skillId, i) => ({ skillId, level: levels![i]!, years: years![i]!, lastUsedYear: lastUsedYears![i]! })),
    yearsExperience,
    seniority,
    city,
    country,
    timeZone,
    preferences: {
      minSalary,
      currency: salaryCurrency,
      remotePreference,
      // A NULL array reads as empty, as Prisma reads a scalar list.
      preferredLocations: preferredLocations ?? [],
      willingToRelocate,
      employmentTypes: employmentTypes ?? [],
      // A UTC midnight, as Prisma reads a DATE.
      earliestStart: earliestStart === null ? null : new Date(`${earliestStart}T00:00:00.000Z`),
      noticePeriodDays,
      targetOpportunities,
    },
  };
  return { agencyId, profile };
}
