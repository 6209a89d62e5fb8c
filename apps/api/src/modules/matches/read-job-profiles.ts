import type { Database } from '@shortlist/db/open-database';
import type { JobStatus } from '@shortlist/db/prisma';
import type { EmploymentType, JobProfile, RemotePolicy, Seniority } from '@shortlist/domain/matching';
import type { ProfileRows } from './read-candidate-profiles.ts';

export interface JobProfileOfAgency {
  agencyId: string;
  /** Only OPEN jobs are indexed; a page reads open jobs only, a read by IDs any status. */
  status: JobStatus;
  profile: JobProfile;
}

type Row = {
  id: string;
  agencyId: string;
  status: JobStatus;
  title: string;
  seniority: Seniority;
  minYearsExperience: number;
  salaryMin: number | null;
  salaryMax: number | null;
  currency: string;
  remotePolicy: RemotePolicy;
  city: string | null;
  country: string;
  timeZone: string;
  minTimeZoneOverlapHours: number | null;
  employmentType: EmploymentType;
  startDate: string | null;
  /** [skillId, requirement, minLevel, weight], must-haves first, then by skillId; null without skills. */
  skills: Array<[string, 'MUST_HAVE' | 'NICE_TO_HAVE', number | null, number | null]> | null;
};

const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Jobs as the matching engine reads them, in one statement with their requirements, without Prisma (see
 * readCandidateProfiles). A page holds open jobs only; a read by IDs returns any status, so a follower can tell a
 * job that closed from one that changed. Gives exactly what toJobProfile gives for the same row.
 */
export async function readJobProfiles(sql: Pick<Database['sql'], 'query'>, rows: ProfileRows): Promise<JobProfileOfAgency[]> {
  let where: string;
  let params: unknown[];
  if ('ids' in rows) {
    if (rows.ids.length === 0) return [];
    where = `"id" = ANY($1::uuid[])`;
    params = [rows.ids];
  } else {
    const { after, limit, agencyId } = rows.page;
    params = [after ?? NO_ID, limit];
    if (agencyId) params.push(agencyId);
    where = `"status" = 'OPEN' ${agencyId ? `AND "agencyId" = $3::uuid` : ''} AND "id" > $1::uuid ORDER BY "id" LIMIT $2`;
  }
  const found = await sql.query<Row>(
    `WITH page AS MATERIALIZED (
       SELECT "id", "agencyId", "status"::text AS "status", "title", "seniority"::text AS "seniority", "minYearsExperience",
              "salaryMin", "salaryMax", "currency", "remotePolicy"::text AS "remotePolicy", "city", "country", "timeZone",
              "minTimeZoneOverlapHours", "employmentType"::text AS "employmentType", "startDate"::text AS "startDate"
         FROM "Job"
        WHERE ${where}
     )
     SELECT page.*, skills."skills"
       FROM page
       LEFT JOIN (
         SELECT "jobId", json_agg(json_build_array("skillId", "requirement", "minLevel", "weight") ORDER BY "requirement", "skillId") AS "skills"
           FROM "JobSkill"
          WHERE "jobId" = ANY((SELECT array_agg("id") FROM page)::uuid[])
          GROUP BY "jobId"
       ) skills ON skills."jobId" = page."id"
      ORDER BY page."id"`,
    params,
  );
  return found.map((row) => ({ agencyId: row.agencyId, status: row.status, profile: toProfile(row) }));
}

/** Field by field as toJobProfile maps a Prisma row: a requirement without a level or weight counts at the middle (3). */
function toProfile(row: Row): JobProfile {
  const skills = row.skills ?? [];
  return {
    id: row.id,
    title: row.title,
    mustHave: skills.filter(([, requirement]) => requirement === 'MUST_HAVE').map(([skillId, , minLevel]) => ({ skillId, minLevel: minLevel ?? 3 })),
    niceToHave: skills.filter(([, requirement]) => requirement === 'NICE_TO_HAVE').map(([skillId, , , weight]) => ({ skillId, weight: weight ?? 3 })),
    seniority: row.seniority,
    minYearsExperience: row.minYearsExperience,
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    currency: row.currency,
    remotePolicy: row.remotePolicy,
    city: row.city,
    country: row.country,
    timeZone: row.timeZone,
    minTimeZoneOverlapHours: row.minTimeZoneOverlapHours,
    employmentType: row.employmentType,
    startDate: row.startDate === null ? null : new Date(`${row.startDate}T00:00:00.000Z`),
  };
}
