import type { ChangeEntityName } from '@shortlist/db/change-log/read-changes';
import type { PrismaClient } from '@shortlist/db/prisma';
import type { Viewer } from '../../context.ts';

export interface VisibleChange {
  position: bigint;
  entity: ChangeEntityName;
  entityId: string;
  kind: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  data: Record<string, unknown>;
}

export interface ChangeFeedScope {
  agencyId: string;
  /** The entity types the viewer may follow at all. */
  entities: ChangeEntityName[];
  /** A partner key limited to one client: only that client's jobs, their proposals and interviews, and the candidates proposed to them who consented to share their profile with it. */
  clientCompanyId: string | null;
}

/**
 * What the viewer may follow: staff every entity of their agency; a partner key the types its scopes read
 * (jobs:read → JOB, candidates:read → CANDIDATE, proposals:read → PROPOSAL and INTERVIEW), within its client when
 * limited. Null for everyone else (candidates, anonymous).
 */
export function changeFeedScopeOf(viewer: Viewer | null): ChangeFeedScope | null {
  if (viewer?.kind === 'user') {
    if (viewer.role !== 'RECRUITER' && viewer.role !== 'ADMIN') return null;
    return { agencyId: viewer.agencyId, entities: ['CANDIDATE', 'JOB', 'PROPOSAL', 'INTERVIEW'], clientCompanyId: null };
  }
  if (viewer?.kind !== 'partner') return null;
  const entities: ChangeEntityName[] = [];
  if (viewer.scopes.includes('CANDIDATES_READ')) entities.push('CANDIDATE');
  if (viewer.scopes.includes('JOBS_READ')) entities.push('JOB');
  if (viewer.scopes.includes('PROPOSALS_READ')) entities.push('PROPOSAL', 'INTERVIEW');
  return entities.length > 0 ? { agencyId: viewer.agencyId, entities, clientCompanyId: viewer.clientCompanyId } : null;
}

type Row = Omit<VisibleChange, 'position' | 'occurredAt'> & { position: string; occurredAt: string | Date };

/**
 * Up to `limit` of the agency's change-log entries between `after` and `before` (both exclusive) that the scope may
 * see: the oldest first, or with `newestFirst` the newest first (a backward page, which the caller turns around). The
 * visibility test runs in the statement, so a page is never short because of entries the viewer may not see. A
 * client limit is judged on the rows as they are now (as `node` does): an entity that is gone no longer shows.
 * `position > after` skips nothing: positions are handed out in commit order (see append-changes.ts).
 */
export async function readVisibleChanges(
  prisma: Pick<PrismaClient, '$queryRawUnsafe'>,
  scope: ChangeFeedScope,
  options: {
    after: bigint;
    before?: bigint | null;
    newestFirst?: boolean;
    limit: number;
    entities?: readonly ChangeEntityName[] | null;
    kinds?: readonly string[] | null;
  },
): Promise<VisibleChange[]> {
  const entities = options.entities && options.entities.length > 0 ? scope.entities.filter((e) => options.entities!.includes(e)) : scope.entities;
  if (entities.length === 0) return [];
  const kinds = options.kinds && options.kinds.length > 0 ? [...options.kinds] : null;
  const rows = await prisma.$queryRawUnsafe<Row[]>(
    `SELECT c."position"::text AS "position", c."entity"::text AS "entity", c."entityId"::text AS "entityId", c."kind",
            c."occurredAt", c."actorUserId"::text AS "actorUserId", c."actorApiKeyId"::text AS "actorApiKeyId", c."data"
       FROM "ChangeLogEntry" c
      WHERE c."agencyId" = $1::uuid
        AND c."position" > $2::bigint
        AND ($7::bigint IS NULL OR c."position" < $7::bigint)
        AND c."entity"::text = ANY($3::text[])
        AND ($4::text[] IS NULL OR c."kind" = ANY($4::text[]))
        AND ($5::uuid IS NULL OR CASE c."entity"::text
          WHEN 'JOB' THEN EXISTS (SELECT 1 FROM "Job" j WHERE j."id" = c."entityId" AND j."clientCompanyId" = $5::uuid)
          WHEN 'PROPOSAL' THEN EXISTS (
            SELECT 1 FROM "Proposal" p JOIN "Job" j ON j."id" = p."jobId" WHERE p."id" = c."entityId" AND j."clientCompanyId" = $5::uuid)
          WHEN 'INTERVIEW' THEN EXISTS (
            SELECT 1 FROM "Interview" i JOIN "Proposal" p ON p."id" = i."proposalId" JOIN "Job" j ON j."id" = p."jobId"
             WHERE i."id" = c."entityId" AND j."clientCompanyId" = $5::uuid)
          WHEN 'CANDIDATE' THEN EXISTS (
            SELECT 1 FROM "Proposal" p JOIN "Job" j ON j."id" = p."jobId" WHERE p."candidateId" = c."entityId" AND j."clientCompanyId" = $5::uuid
               AND p."clientSharingConsentAt" IS NOT NULL AND p."clientSharingConsentWithdrawnAt" IS NULL)
          ELSE false END)
      ORDER BY c."position" ${options.newestFirst ? 'DESC' : 'ASC'}
      LIMIT $6`,
    scope.agencyId,
    options.after.toString(),
    entities,
    kinds,
    scope.clientCompanyId,
    options.limit,
    options.before?.toString() ?? null,
  );
  return rows.map((row) => ({ ...row, position: BigInt(row.position), occurredAt: new Date(row.occurredAt) }));
}

/** The agency's last position now (0n for an empty log): where a client that just finished a full sync reads on from. */
export async function readAgencyHeadPosition(prisma: Pick<PrismaClient, '$queryRawUnsafe'>, agencyId: string): Promise<bigint> {
  const [row] = await prisma.$queryRawUnsafe<Array<{ head: string }>>(
    `SELECT coalesce(max("position"), 0)::text AS "head" FROM "ChangeLogEntry" WHERE "agencyId" = $1::uuid`,
    agencyId,
  );
  return BigInt(row?.head ?? '0');
}

/** The entry at `position` when the scope may see it (as the feed would show it), else null. */
export async function readVisibleChange(
  prisma: Pick<PrismaClient, '$queryRawUnsafe'>,
  scope: ChangeFeedScope,
  position: bigint,
): Promise<VisibleChange | null> {
  const [change] = await readVisibleChanges(prisma, scope, { after: position - 1n, before: position + 1n, limit: 1 });
  return change ?? null;
}
