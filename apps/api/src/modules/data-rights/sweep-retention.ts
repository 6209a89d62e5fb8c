import type { Database } from '@shortlist/db/open-database';
import { mailDomain } from '../email/queue-email.ts';

/** One retention sweep at a time across processes (a transaction-level advisory lock; any constant clear of the others). */
const RETENTION_LOCK_KEY = 5_173_014;

export interface RetentionSweep {
  /** Candidates newly asked to renew their consent. */
  asked: number;
  /** Of them, those e-mailed (the others have no login to e-mail). */
  mailed: number;
  /** Candidates who did not renew within the grace period, now with an erasure request due at once. */
  expired: number;
}

/**
 * The agencies' retention policies (Agency.dataRetentionMonths), in one transaction:
 *
 * 1. A candidate is inactive when nothing happened for N months: the latest of their profile's creation or change,
 *    their last consent renewal, any change to one of their proposals, and their last sign-in (a session created) is
 *    older than N months. Each inactive candidate without a pending renewal, not erased and with no open erasure
 *    request is asked once (consentRenewalRequestedAt; the profile's updatedAt is left alone, so asking is no activity)
 *    and sent the consent-renewal e-mail (PRIVACY: always sent).
 * 2. A candidate asked more than the agency's erasureGraceDays ago who has not renewed gets an erasure request
 *    (source "retention") due now, which the erasure sweep carries out.
 *
 * Raw SQL: a background sweep never shows among a request's Prisma queries.
 */
export async function sweepRetention(sql: Pick<Database['sql'], 'transaction'>, options: { now?: Date } = {}): Promise<RetentionSweep> {
  const now = (options.now ?? new Date()).toISOString();
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [RETENTION_LOCK_KEY]);
    const [asked] = await tx.query<{ asked: number; mailed: number }>(
      `WITH inactive AS (
         SELECT c."id"
           FROM "CandidateProfile" c
           JOIN "Agency" a ON a."id" = c."agencyId"
          WHERE a."dataRetentionMonths" IS NOT NULL
            AND c."erasedAt" IS NULL
            AND (c."consentRenewalRequestedAt" IS NULL OR c."consentRenewedAt" >= c."consentRenewalRequestedAt")
            AND NOT EXISTS (SELECT 1 FROM "ErasureRequest" e WHERE e."candidateId" = c."id" AND e."completedAt" IS NULL AND e."cancelledAt" IS NULL)
            AND GREATEST(c."createdAt", c."updatedAt", c."consentRenewedAt",
                  (SELECT max(p."updatedAt") FROM "Proposal" p WHERE p."candidateId" = c."id"),
                  (SELECT max(s."createdAt") FROM "Session" s WHERE s."userId" = c."userId"))
                <= $1::timestamptz - make_interval(months => a."dataRetentionMonths")
       ),
       asked AS (
         UPDATE "CandidateProfile" c SET "consentRenewalRequestedAt" = $1::timestamptz
           FROM inactive WHERE c."id" = inactive."id"
         RETURNING c."id", c."agencyId", c."userId"
       ),
       mailed AS (
         INSERT INTO "EmailMessage" ("id", "agencyId", "userId", "kind", "category", "dedupeKey", "data", "messageId", "updatedAt")
         SELECT gen_random_uuid(), asked."agencyId", asked."userId", 'privacy.consent_renewal', 'PRIVACY',
                'privacy.consent_renewal:' || asked."id"::text || ':' || $1::text,
                jsonb_build_object('candidateId', asked."id"::text, 'requestedAt', $1::text),
                '<' || gen_random_uuid()::text || '@' || $2::text || '>', now()
           FROM asked WHERE asked."userId" IS NOT NULL
         ON CONFLICT ("dedupeKey") DO NOTHING
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM asked)::int AS "asked", (SELECT count(*) FROM mailed)::int AS "mailed"`,
      [now, mailDomain()],
    );
    const expired = await tx.query(
      `INSERT INTO "ErasureRequest" ("id", "agencyId", "candidateId", "source", "requestedAt", "dueAt")
       SELECT gen_random_uuid(), c."agencyId", c."id", 'retention', $1::timestamptz, $1::timestamptz
         FROM "CandidateProfile" c
         JOIN "Agency" a ON a."id" = c."agencyId"
        WHERE a."dataRetentionMonths" IS NOT NULL
          AND c."erasedAt" IS NULL
          AND c."consentRenewalRequestedAt" IS NOT NULL
          AND (c."consentRenewedAt" IS NULL OR c."consentRenewedAt" < c."consentRenewalRequestedAt")
          AND c."consentRenewalRequestedAt" <= $1::timestamptz - make_interval(days => a."erasureGraceDays")
          AND NOT EXISTS (SELECT 1 FROM "ErasureRequest" e WHERE e."candidateId" = c."id" AND e."completedAt" IS NULL AND e."cancelledAt" IS NULL)
       RETURNING "id"`,
      [now],
    );
    return { asked: asked?.asked ?? 0, mailed: asked?.mailed ?? 0, expired: expired.length };
  });
}
