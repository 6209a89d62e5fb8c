import { encodeGlobalID } from '@pothos/plugin-relay';
import type { SqlRunner, SqlSession } from './sql-over-prisma.ts';
import { randomUUID } from 'node:crypto';

type SqlConnection = SqlRunner;

/** The webhooks' durable cursor in "ChangeConsumer". */
export const WEBHOOK_CONSUMER = 'webhooks';
/** Entries read per transaction. */
export const FAN_OUT_BATCH = 500;

/** The GraphQL type of each log entity: the payload's `data.id` is that type's global ID, as `node(id:)` takes it. */
const TYPE_OF_ENTITY = { CANDIDATE: 'Candidate', JOB: 'Job', PROPOSAL: 'Proposal', INTERVIEW: 'Interview' } as const;

interface EntryRow {
  position: string;
  agencyId: string;
  entity: keyof typeof TYPE_OF_ENTITY;
  entityId: string;
  kind: string;
  occurredAt: string | Date;
  data: Record<string, unknown>;
  /** The client company of the job the entry is about (null for candidates and for rows gone since). */
  clientCompanyId: string | null;
}

interface EndpointRow {
  id: string;
  agencyId: string;
  clientCompanyId: string | null;
  eventTypes: string[];
  createdAt: string | Date;
}

export interface FanOutResult {
  /** Nobody held the cursor and a batch was read (false: another process is fanning out right now). */
  hasRun: boolean;
  entriesRead: number;
  deliveriesCreated: number;
}

/** The log's references to other records (a proposal's job and candidate, an interview's proposal) and their types. */
const TYPE_OF_REFERENCE: Record<string, string> = { jobId: 'Job', candidateId: 'Candidate', proposalId: 'Proposal', interviewId: 'Interview' };

/**
 * The thin event a receiver gets: what happened to which object; it reads the object itself if it needs more. Every
 * ID in it is a global ID, as `node(id:)` takes it and as the change feed's `Change.entityId` gives it.
 */
export function webhookPayload(entry: Pick<EntryRow, 'position' | 'entity' | 'entityId' | 'kind' | 'occurredAt' | 'data'>) {
  const { id: _id, entity: _entity, position: _position, ...data } = entry.data ?? {};
  const references = Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      const type = TYPE_OF_REFERENCE[key];
      return [key, type && typeof value === 'string' ? encodeGlobalID(type, value) : value];
    }),
  );
  return {
    type: entry.kind,
    timestamp: new Date(entry.occurredAt).toISOString(),
    data: { id: encodeGlobalID(TYPE_OF_ENTITY[entry.entity], entry.entityId), entity: TYPE_OF_ENTITY[entry.entity], position: String(entry.position), ...references },
  };
}

/** Creates the cursor at the log's head the first time (an endpoint only gets changes made after it was registered). */
export async function ensureWebhookConsumer(sql: SqlSession): Promise<void> {
  await sql.query(
    `INSERT INTO "ChangeConsumer" ("name", "position", "updatedAt")
     SELECT $1, coalesce(max("position"), 0), now() FROM "ChangeLogEntry"
     ON CONFLICT ("name") DO NOTHING`,
    [WEBHOOK_CONSUMER],
  );
}

/**
 * One round of the webhook fan-out, in one transaction: lock the cursor (a process already holding it is doing this
 * work: skip), read up to 500 entries after it, insert one delivery per matching enabled endpoint, move the cursor.
 * A crash anywhere rolls all of it back, and the unique (endpoint, position) makes a repeat insert nothing.
 */
export async function fanOutChanges(sql: SqlConnection): Promise<FanOutResult> {
  return sql.transaction(async (tx) => {
    const [cursor] = await tx.query<{ position: string }>(
      `SELECT "position"::text AS "position" FROM "ChangeConsumer" WHERE "name" = $1 FOR UPDATE SKIP LOCKED`,
      [WEBHOOK_CONSUMER],
    );
    if (!cursor) return { hasRun: false, entriesRead: 0, deliveriesCreated: 0 };
    const entries = await tx.query<EntryRow>(
      `SELECT c."position"::text AS "position", c."agencyId"::text AS "agencyId", c."entity"::text AS "entity",
              c."entityId"::text AS "entityId", c."kind", c."occurredAt", c."data",
              (CASE c."entity"
                 WHEN 'JOB' THEN (SELECT j."clientCompanyId" FROM "Job" j WHERE j."id" = c."entityId")
                 WHEN 'PROPOSAL' THEN (SELECT j."clientCompanyId" FROM "Proposal" p JOIN "Job" j ON j."id" = p."jobId" WHERE p."id" = c."entityId")
                 WHEN 'INTERVIEW' THEN (SELECT j."clientCompanyId" FROM "Interview" i JOIN "Proposal" p ON p."id" = i."proposalId"
                                         JOIN "Job" j ON j."id" = p."jobId" WHERE i."id" = c."entityId")
               END)::text AS "clientCompanyId"
         FROM "ChangeLogEntry" c
        WHERE c."position" > $1::bigint
        ORDER BY c."position"
        LIMIT $2`,
      [cursor.position, FAN_OUT_BATCH],
    );
    if (entries.length === 0) return { hasRun: true, entriesRead: 0, deliveriesCreated: 0 };

    const agencyIds = [...new Set(entries.map((e) => e.agencyId))];
    const endpoints = await tx.query<EndpointRow>(
      `SELECT "id"::text AS "id", "agencyId"::text AS "agencyId", "clientCompanyId"::text AS "clientCompanyId", "eventTypes", "createdAt"
         FROM "WebhookEndpoint" WHERE "disabledAt" IS NULL AND "agencyId" = ANY($1::uuid[])`,
      [agencyIds],
    );
    const rows = { id: [] as string[], endpointId: [] as string[], agencyId: [] as string[], position: [] as string[], kind: [] as string[], payload: [] as string[] };
    for (const entry of entries) {
      const occurredAt = new Date(entry.occurredAt).getTime();
      for (const endpoint of endpoints) {
        if (endpoint.agencyId !== entry.agencyId) continue;
        if (endpoint.eventTypes.length > 0 && !endpoint.eventTypes.includes(entry.kind)) continue;
        // A client-limited endpoint gets its client's jobs, proposals and interviews; candidates belong to no client.
        if (endpoint.clientCompanyId !== null && endpoint.clientCompanyId !== entry.clientCompanyId) continue;
        if (new Date(endpoint.createdAt).getTime() > occurredAt) continue;
        rows.id.push(randomUUID());
        rows.endpointId.push(endpoint.id);
        rows.agencyId.push(entry.agencyId);
        rows.position.push(entry.position);
        rows.kind.push(entry.kind);
        rows.payload.push(JSON.stringify(webhookPayload(entry)));
      }
    }
    let created = 0;
    if (rows.id.length > 0) {
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO "WebhookDelivery" ("id", "endpointId", "agencyId", "changePosition", "eventType", "payload", "status", "attemptCount", "nextAttemptAt", "createdAt", "updatedAt")
         SELECT u."id", u."endpointId", u."agencyId", u."position", u."kind", u."payload", 'PENDING', 0, now(), now(), now()
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::bigint[], $5::text[], $6::jsonb[]) AS u("id", "endpointId", "agencyId", "position", "kind", "payload")
         ON CONFLICT ("endpointId", "changePosition") DO NOTHING
         RETURNING "id"`,
        [rows.id, rows.endpointId, rows.agencyId, rows.position, rows.kind, rows.payload],
      );
      created = inserted.length;
    }
    await tx.query(`UPDATE "ChangeConsumer" SET "position" = $2::bigint, "updatedAt" = now() WHERE "name" = $1`, [
      WEBHOOK_CONSUMER,
      entries.at(-1)!.position,
    ]);
    return { hasRun: true, entriesRead: entries.length, deliveriesCreated: created };
  });
}
