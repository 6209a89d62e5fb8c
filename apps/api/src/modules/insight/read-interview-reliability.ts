import { PLAN_EACH_CALL } from '@shortlist/db/open-database';
import { Prisma, type Party, type PrismaClient } from '@shortlist/db/prisma';
import type { InsightScope } from './insight-scope.ts';
import { proposalFilterSql } from './proposal-filter-sql.ts';

const PARTIES: Party[] = ['CANDIDATE', 'RECRUITER', 'CLIENT'];

export interface CancellationsByParty {
  party: Party;
  count: number;
  lateCount: number;
  medianNoticeHours: number | null;
}

export interface NoShowsByParty {
  party: Party;
  count: number;
  interviewsDue: number;
  rate: number | null;
}

export interface InterviewReliability {
  cancellations: CancellationsByParty[];
  noShows: NoShowsByParty[];
}

interface Row {
  kind: 'CANCELLED' | 'NO_SHOW' | 'DUE';
  party: Party | null;
  count: number;
  late: number;
  medianNoticeMinutes: number | null;
}

/**
 * The interviews set to start in the range (of proposals matching the filter): cancellations by the side that
 * cancelled (how many, how many late under the policy then in force, the median notice), and no-shows by the side
 * absent, as a share of the interviews that were due (started by now and not cancelled or being moved).
 */
export async function readInterviewReliability(prisma: PrismaClient, scope: InsightScope): Promise<InterviewReliability> {
  // An interview is of its proposal's agency, so the agency's numbers need no proposal: only a recruiter, client or
  // job does (joining the agency's proposals anyway read all of them, tens of thousands at scale, for nothing).
  const isNarrowed = scope.recruiterId !== null || scope.clientCompanyId !== null || scope.jobId !== null;
  const byProposal = isNarrowed ? Prisma.sql`JOIN "Proposal" p ON p.id = i."proposalId" AND ${proposalFilterSql(scope)}` : Prisma.empty;
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`${Prisma.raw(PLAN_EACH_CALL)}
    WITH iv AS (
      SELECT i.status, i."startsAt", i."cancelledBy", i."isLateCancellation", i."noticeGivenMinutes", i."noShowParty"
      FROM "Interview" i ${byProposal}
      WHERE i."agencyId" = ${scope.agencyId}::uuid AND i."startsAt" >= ${scope.from} AND i."startsAt" < ${scope.to}
    )
    SELECT 'CANCELLED' AS kind, "cancelledBy"::text AS party, count(*)::int AS count,
      count(*) FILTER (WHERE "isLateCancellation")::int AS late,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY "noticeGivenMinutes") AS "medianNoticeMinutes"
    FROM iv WHERE status = 'CANCELLED' AND "cancelledBy" IS NOT NULL GROUP BY "cancelledBy"
    UNION ALL
    SELECT 'NO_SHOW', "noShowParty"::text, count(*)::int, 0, NULL
    FROM iv WHERE status = 'NO_SHOW' AND "noShowParty" IS NOT NULL GROUP BY "noShowParty"
    UNION ALL
    SELECT 'DUE', NULL, count(*)::int, 0, NULL
    FROM iv WHERE "startsAt" <= ${scope.now} AND status IN ('SCHEDULED', 'COMPLETED', 'NO_SHOW')`);
  const due = rows.find((r) => r.kind === 'DUE')?.count ?? 0;
  return {
    cancellations: PARTIES.map((party) => {
      const row = rows.find((r) => r.kind === 'CANCELLED' && r.party === party);
      return {
        party,
        count: row?.count ?? 0,
        lateCount: row?.late ?? 0,
        medianNoticeHours: row?.medianNoticeMinutes == null ? null : Number(row.medianNoticeMinutes) / 60,
      };
    }),
    noShows: PARTIES.map((party) => {
      const count = rows.find((r) => r.kind === 'NO_SHOW' && r.party === party)?.count ?? 0;
      return { party, count, interviewsDue: due, rate: due > 0 ? count / due : null };
    }),
  };
}
