import type { SqlRunner, SqlSession } from '../webhooks/sql-over-prisma.ts';
import { emptyPlan, type EntryPlan, type PlannedEmail, type PlannerEntry } from './plan-entry.ts';
import { planInterviewEmails, type InterviewFacts } from './plan-interview-emails.ts';
import { planProposalEmails, type ProposalFacts } from './plan-proposal-emails.ts';
import { newMessageId } from './queue-email.ts';

/** The e-mail planner's durable cursor in "ChangeConsumer". */
export const EMAIL_CONSUMER = 'email';
/** Entries read per transaction. */
export const PLAN_BATCH = 500;

export interface PlanResult {
  /** Nobody else held the cursor and a batch was read. */
  hasRun: boolean;
  entriesRead: number;
  /** Outbox rows inserted (a dedupe key already there inserts nothing). */
  emailsQueued: number;
}

/** `ageMs`: how long ago the entry was written, by the database's clock. */
type EntryRow = Omit<PlannerEntry, 'occurredAt'> & { ageMs: string | number };
type InterviewRow = Omit<InterviewFacts, 'startsAt' | 'endsAt'> & { startsAt: string | Date; endsAt: string | Date };
type ProposalRow = Omit<ProposalFacts, 'respondBy'> & { respondBy: string | Date };

/**
 * Creates the cursor at the log's head the first time: invites and reminders are planned for changes made from then
 * on (a database that had interviews before the planner existed does not mail them all at once).
 */
export async function ensureEmailConsumer(sql: SqlSession): Promise<void> {
  await sql.query(
    `INSERT INTO "ChangeConsumer" ("name", "position", "updatedAt")
     SELECT $1, coalesce(max("position"), 0), now() FROM "ChangeLogEntry"
     ON CONFLICT ("name") DO NOTHING`,
    [EMAIL_CONSUMER],
  );
}

/** Connections whose cursor is known to exist, so a round costs no extra statement after the first. */
const hasConsumer = new WeakSet<SqlRunner>();

/**
 * One round of the e-mail planner, a change-log consumer, in one transaction: lock the cursor (a process already
 * holding it is planning right now: skip), read up to 500 entries after it, and for interview and proposal entries
 * queue calendar invites and cancellations for both sides and plan (or cancel) reminders, then move the cursor. A
 * crash anywhere rolls all of it back and the next round reads the same entries; the dedupe keys make a repeat
 * insert nothing. What each entry means is decided from its record as it is now (see plan-interview-emails.ts and
 * plan-proposal-emails.ts); `now` is the caller's clock (a test moves it forward).
 */
export async function planEmails(sql: SqlRunner, now: Date = new Date()): Promise<PlanResult> {
  if (!hasConsumer.has(sql)) {
    await ensureEmailConsumer(sql);
    hasConsumer.add(sql);
  }
  return sql.transaction(async (tx) => {
    const [cursor] = await tx.query<{ position: string }>(
      `SELECT "position"::text AS "position" FROM "ChangeConsumer" WHERE "name" = $1 FOR UPDATE SKIP LOCKED`,
      [EMAIL_CONSUMER],
    );
    if (!cursor) return { hasRun: false, entriesRead: 0, emailsQueued: 0 };
    const rows = await tx.query<EntryRow>(
      `SELECT "position"::text AS "position", "agencyId"::text AS "agencyId", "entity"::text AS "entity", "entityId"::text AS "entityId",
              "kind", "actorUserId"::text AS "actorUserId", (extract(epoch FROM clock_timestamp() - "occurredAt") * 1000)::float8 AS "ageMs"
         FROM "ChangeLogEntry"
        WHERE "position" > $1::bigint
        ORDER BY "position"
        LIMIT $2`,
      [cursor.position, PLAN_BATCH],
    );
    if (rows.length === 0) return { hasRun: true, entriesRead: 0, emailsQueued: 0 };
    // When each change happened on the planner's clock (its age by the database's clock, back from `now`), so a clock
    // moved forward by a test, or an application server's clock a little off the database's, judges lateness right.
    const entries: PlannerEntry[] = rows.map(({ ageMs, ...row }) => ({ ...row, occurredAt: new Date(now.getTime() - Math.max(0, Number(ageMs))) }));

    const interviews = await readInterviews(tx, idsOf(entries, 'INTERVIEW'));
    const proposals = await readProposals(tx, idsOf(entries, 'PROPOSAL'));
    const plans: EntryPlan[] = entries.map((entry) => {
      if (entry.entity === 'INTERVIEW') return planInterviewEmails(entry, interviews.get(entry.entityId), now);
      if (entry.entity === 'PROPOSAL') return planProposalEmails(entry, proposals.get(entry.entityId), now);
      return emptyPlan(); // candidates and jobs: their e-mails are notifications, written with the change
    });

    // Inserts first: a reminder planned by one entry and made untrue by a later one in the same batch is cancelled below.
    const emailsQueued = await insertEmails(tx, plans.flatMap((plan) => plan.emails));
    await cancelStaleReminders(tx, plans);
    await tx.query(`UPDATE "ChangeConsumer" SET "position" = $2::bigint, "updatedAt" = now() WHERE "name" = $1`, [EMAIL_CONSUMER, entries.at(-1)!.position]);
    return { hasRun: true, entriesRead: entries.length, emailsQueued };
  });
}

const idsOf = (entries: readonly PlannerEntry[], entity: PlannerEntry['entity']) => [...new Set(entries.filter((e) => e.entity === entity).map((e) => e.entityId))];

async function readInterviews(tx: SqlSession, ids: string[]): Promise<Map<string, InterviewFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<InterviewRow>(
    `SELECT i."id"::text AS "id", i."agencyId"::text AS "agencyId", i."proposalId"::text AS "proposalId", i."status"::text AS "status",
            i."startsAt", i."endsAt", i."calendarUid", i."calendarSequence", p."recruiterId"::text AS "recruiterId", c."userId"::text AS "candidateUserId"
       FROM "Interview" i
       JOIN "Proposal" p ON p."id" = i."proposalId"
       JOIN "CandidateProfile" c ON c."id" = p."candidateId"
      WHERE i."id" = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, { ...row, startsAt: new Date(row.startsAt), endsAt: new Date(row.endsAt), calendarSequence: Number(row.calendarSequence) }]));
}

async function readProposals(tx: SqlSession, ids: string[]): Promise<Map<string, ProposalFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<ProposalRow>(
    `SELECT p."id"::text AS "id", p."agencyId"::text AS "agencyId", p."status"::text AS "status", p."respondBy", c."userId"::text AS "candidateUserId"
       FROM "Proposal" p
       JOIN "CandidateProfile" c ON c."id" = p."candidateId"
      WHERE p."id" = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, { ...row, respondBy: new Date(row.respondBy) }]));
}

/**
 * Inserts the planned rows in one statement, each dedupe key once; a key already in the outbox (an earlier round, a
 * repeat after a crash) inserts nothing. Only recipients of the entry's agency who are not disabled get mail (an actor
 * is whoever made the change; the join keeps another agency's ID out whatever the log says).
 */
async function insertEmails(tx: SqlSession, planned: readonly PlannedEmail[]): Promise<number> {
  const unique = [...new Map(planned.map((email) => [email.dedupeKey, email])).values()];
  if (unique.length === 0) return 0;
  const inserted = await tx.query<{ id: string }>(
    `INSERT INTO "EmailMessage" ("id", "agencyId", "userId", "kind", "category", "dedupeKey", "proposalId", "interviewId", "data", "status", "dueAt", "messageId", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), e."agencyId", e."userId", e."kind", e."category"::"EmailCategory", e."dedupeKey", e."proposalId", e."interviewId", e."data",
            'PENDING', e."dueAt", e."messageId", now(), now()
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::jsonb[], $9::timestamptz[], $10::text[])
            AS e("agencyId", "userId", "kind", "category", "dedupeKey", "proposalId", "interviewId", "data", "dueAt", "messageId")
       JOIN "User" u ON u."id" = e."userId" AND u."agencyId" = e."agencyId" AND u."disabledAt" IS NULL
     ON CONFLICT ("dedupeKey") DO NOTHING
     RETURNING "id"`,
    [
      unique.map((e) => e.agencyId),
      unique.map((e) => e.userId),
      unique.map((e) => e.kind),
      unique.map((e) => e.category),
      unique.map((e) => e.dedupeKey),
      unique.map((e) => e.proposalId),
      unique.map((e) => e.interviewId),
      unique.map((e) => JSON.stringify(e.data)),
      unique.map((e) => e.dueAt.toISOString()),
      unique.map(() => newMessageId()),
    ],
  );
  return inserted.length;
}

const INTERVIEW_REMINDER_KINDS = ['reminder.interview.24h', 'reminder.interview.2h'];

/** Marks PENDING reminders that no longer hold CANCELLED (the sender never sends them). */
async function cancelStaleReminders(tx: SqlSession, plans: readonly EntryPlan[]): Promise<void> {
  // Per interview: keep only the current start's reminders, or none (none wins: the interview is no longer SCHEDULED).
  const keepOf = new Map<string, string | null>();
  for (const { interviewId, keepStartsAt } of plans.flatMap((plan) => plan.staleInterviewReminders)) {
    keepOf.set(interviewId, keepOf.has(interviewId) && keepOf.get(interviewId) === null ? null : keepStartsAt);
  }
  if (keepOf.size > 0) {
    await tx.query(
      `UPDATE "EmailMessage" m SET "status" = 'CANCELLED', "updatedAt" = now()
         FROM unnest($1::uuid[], $2::text[]) AS s("interviewId", "keepStartsAt")
        WHERE m."interviewId" = s."interviewId" AND m."status" = 'PENDING' AND m."kind" = ANY($3::text[])
          AND (s."keepStartsAt" IS NULL OR m."data"->>'startsAt' IS DISTINCT FROM s."keepStartsAt")`,
      [[...keepOf.keys()], [...keepOf.values()], INTERVIEW_REMINDER_KINDS],
    );
  }
  // The "How did it go?" prompts of interviews cancelled or moved, kept for the current start as the reminders are.
  const keepPromptOf = new Map<string, string | null>();
  for (const { interviewId, keepStartsAt } of plans.flatMap((plan) => plan.staleReflectionPrompts)) {
    keepPromptOf.set(interviewId, keepPromptOf.has(interviewId) && keepPromptOf.get(interviewId) === null ? null : keepStartsAt);
  }
  if (keepPromptOf.size > 0) {
    await tx.query(
      `UPDATE "EmailMessage" m SET "status" = 'CANCELLED', "updatedAt" = now()
         FROM unnest($1::uuid[], $2::text[]) AS s("interviewId", "keepStartsAt")
        WHERE m."interviewId" = s."interviewId" AND m."status" = 'PENDING' AND m."kind" = 'reflection.prompt'
          AND (s."keepStartsAt" IS NULL OR m."data"->>'startsAt' IS DISTINCT FROM s."keepStartsAt")`,
      [[...keepPromptOf.keys()], [...keepPromptOf.values()]],
    );
  }
  const scopeOf = new Map<string, 'respond_by' | 'all'>();
  for (const { proposalId, scope } of plans.flatMap((plan) => plan.staleProposalReminders)) {
    scopeOf.set(proposalId, scopeOf.get(proposalId) === 'all' ? 'all' : scope);
  }
  if (scopeOf.size > 0) {
    await tx.query(
      `UPDATE "EmailMessage" m SET "status" = 'CANCELLED', "updatedAt" = now()
         FROM unnest($1::uuid[], $2::text[]) AS s("proposalId", "scope")
        WHERE m."proposalId" = s."proposalId" AND m."status" = 'PENDING'
          AND (m."kind" = 'reminder.respond_by' OR (s."scope" = 'all' AND m."kind" = ANY($3::text[])))`,
      [[...scopeOf.keys()], [...scopeOf.values()], INTERVIEW_REMINDER_KINDS],
    );
  }
}
