import { Prisma, type PrismaClient } from '@shortlist/db/prisma';

/** What needs a recruiter's action, most urgent kind first (the order of this list is the order of Today). */
export const TODAY_ITEM_KINDS = [
  'RESCHEDULE_REQUESTED',
  'INTERVIEW_TO_MARK',
  'PROPOSAL_EXPIRING',
  'INTERVIEW_TO_SCHEDULE',
  'LATE_CANCELLATION',
  'OFFER_AWAITING_ANSWER',
  'ANSWER_DUE_SOON',
  'PROPOSAL_EXPIRED',
] as const;
export type TodayItemKind = (typeof TODAY_ITEM_KINDS)[number];

/** The activity that clears a late cancellation or an expired proposal from Today (nothing else is left to do). */
export const LATE_CANCELLATION_ACKNOWLEDGED = 'interview.late_cancellation_acknowledged';
export const EXPIRY_ACKNOWLEDGED = 'proposal.expiry_acknowledged';

/** An offer the candidate has not answered for this many days needs chasing. */
export const OFFER_WAIT_DAYS = 3;
/** Late cancellations and expiries older than this are history, not today's work. */
export const LOOK_BACK_DAYS = 14;
/** Today is a list to work through, not an archive: at most this many items. */
export const MAX_TODAY_ITEMS = 200;

export interface TodayItemRow {
  kind: TodayItemKind;
  proposalId: string;
  interviewId: string | null;
  dueAt: Date;
  candidateName: string;
  jobTitle: string;
  clientName: string;
  recruiterName: string;
}

/**
 * Every item that needs action for the agency's proposals (or one recruiter's), in one statement: a UNION ALL of one
 * branch per kind over the scoped proposals, ordered by kind (urgency), then due time. Nothing is loaded into Node but
 * the items themselves. Each branch carries its proposal's candidate, job and recruiter, so the names are read for the
 * listed page alone: joined back through every scoped proposal, they were read for all of them (at 100k candidates,
 * 30,000 candidate rows for ~900 items), and the agency's Today took twice as long.
 */
export async function readTodayItems(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  options: { agencyId: string; recruiterId: string | null; now: Date },
): Promise<TodayItemRow[]> {
  const { agencyId, recruiterId, now } = options;
  const order = Prisma.join(TODAY_ITEM_KINDS.map((kind, index) => Prisma.sql`WHEN ${kind} THEN ${index}`), ' ');
  const rows = await prisma.$queryRaw<Array<Omit<TodayItemRow, 'dueAt'> & { dueAt: Date | string }>>`
    WITH scoped AS (
      SELECT p."id", p."status", p."respondBy", p."respondedAt", p."offeredAt", p."updatedAt", p."candidateId", p."jobId", p."recruiterId"
        FROM "Proposal" p
       WHERE p."agencyId" = ${agencyId}::uuid
         AND (${recruiterId}::uuid IS NULL OR p."recruiterId" = ${recruiterId}::uuid)
    ),
    items AS (
      SELECT 'RESCHEDULE_REQUESTED' AS "kind", s."id" AS "proposalId", i."id" AS "interviewId", i."updatedAt" AS "dueAt",
             s."candidateId", s."jobId", s."recruiterId"
        FROM scoped s JOIN "Interview" i ON i."proposalId" = s."id"
       WHERE i."status" = 'NEEDS_RESCHEDULING'
         AND s."status" IN ('ACCEPTED', 'INTERVIEWING', 'OFFERED')
         AND NOT EXISTS (SELECT 1 FROM "Interview" n WHERE n."rescheduledFromId" = i."id")
      UNION ALL
      SELECT 'INTERVIEW_TO_MARK', s."id", i."id", i."endsAt", s."candidateId", s."jobId", s."recruiterId"
        FROM scoped s JOIN "Interview" i ON i."proposalId" = s."id"
       WHERE i."status" = 'SCHEDULED' AND i."endsAt" <= ${now}
         AND s."status" IN ('ACCEPTED', 'INTERVIEWING', 'OFFERED')
      UNION ALL
      SELECT 'LATE_CANCELLATION', s."id", i."id", i."cancelledAt", s."candidateId", s."jobId", s."recruiterId"
        FROM scoped s JOIN "Interview" i ON i."proposalId" = s."id"
       WHERE i."status" = 'CANCELLED' AND i."isLateCancellation" AND i."cancelledBy" IN ('CANDIDATE', 'CLIENT')
         AND i."cancelledAt" > ${now}::timestamptz - make_interval(days => ${LOOK_BACK_DAYS})
         AND NOT EXISTS (SELECT 1 FROM "ActivityEvent" a WHERE a."interviewId" = i."id" AND a."action" = ${LATE_CANCELLATION_ACKNOWLEDGED})
      UNION ALL
      SELECT 'INTERVIEW_TO_SCHEDULE', s."id", NULL, COALESCE(s."respondedAt", s."updatedAt"), s."candidateId", s."jobId", s."recruiterId"
        FROM scoped s
       WHERE s."status" = 'ACCEPTED'
         AND NOT EXISTS (SELECT 1 FROM "Interview" i WHERE i."proposalId" = s."id" AND i."status" IN ('SCHEDULED', 'NEEDS_RESCHEDULING'))
      UNION ALL
      SELECT CASE WHEN s."respondBy" <= ${now}::timestamptz + interval '24 hours' THEN 'PROPOSAL_EXPIRING' ELSE 'ANSWER_DUE_SOON' END,
             s."id", NULL, s."respondBy", s."candidateId", s."jobId", s."recruiterId"
        FROM scoped s
       WHERE s."status" = 'PROPOSED' AND s."respondBy" > ${now} AND s."respondBy" <= ${now}::timestamptz + interval '48 hours'
      UNION ALL
      SELECT 'OFFER_AWAITING_ANSWER', s."id", NULL, s."offeredAt" + make_interval(days => ${OFFER_WAIT_DAYS}), s."candidateId", s."jobId", s."recruiterId"
        FROM scoped s
       WHERE s."status" = 'OFFERED' AND s."offeredAt" <= ${now}::timestamptz - make_interval(days => ${OFFER_WAIT_DAYS})
      UNION ALL
      -- Stored EXPIRED, or still PROPOSED past its respond-by until the sweeper writes it (the effective status).
      SELECT 'PROPOSAL_EXPIRED', s."id", NULL, s."respondBy", s."candidateId", s."jobId", s."recruiterId"
        FROM scoped s
       WHERE (s."status" = 'EXPIRED' OR (s."status" = 'PROPOSED' AND s."respondBy" <= ${now}))
         AND s."respondBy" > ${now}::timestamptz - make_interval(days => ${LOOK_BACK_DAYS})
         AND NOT EXISTS (SELECT 1 FROM "ActivityEvent" a WHERE a."proposalId" = s."id" AND a."action" = ${EXPIRY_ACKNOWLEDGED})
    ),
    page AS (
      SELECT it.*, CASE it."kind" ${order} END AS "urgency"
        FROM items it
       ORDER BY "urgency", it."dueAt", it."proposalId", it."interviewId"
       LIMIT ${MAX_TODAY_ITEMS}
    )
    SELECT it."kind", it."proposalId"::text AS "proposalId", it."interviewId"::text AS "interviewId", it."dueAt",
           c."fullName" AS "candidateName", j."title" AS "jobTitle", cc."name" AS "clientName", u."name" AS "recruiterName"
      FROM page it
      JOIN "CandidateProfile" c ON c."id" = it."candidateId"
      JOIN "Job" j ON j."id" = it."jobId"
      JOIN "ClientCompany" cc ON cc."id" = j."clientCompanyId"
      JOIN "User" u ON u."id" = it."recruiterId"
     ORDER BY it."urgency", it."dueAt", it."proposalId", it."interviewId"`;
  return rows.map((row) => ({ ...row, dueAt: new Date(row.dueAt) }));
}
