import type { Database } from '@shortlist/db/open-database';
import type { Agency, CancellationPolicy, UserRole } from '@shortlist/db/prisma';
import type { Request } from 'express';
import type { Viewer, ViewerRow } from '../../context.ts';
import { recordSecurityEvent } from '../security-events/record-security-event.ts';
import { hashToken, readCookie, SESSION_COOKIE } from './session-cookie.ts';

/** A bearer key that is unknown or revoked: the request is refused (401), never treated as anonymous. */
export class InvalidApiKeyError extends Error {
  override name = 'InvalidApiKeyError';
}

/** Partner keys look like `sl_live_<prefix>_<secret>`; the prefix is stored in clear to tell keys apart. */
export const API_KEY_PATTERN = /^sl_live_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{32,}$/;

interface SessionRow {
  sessionId: string;
  userId: string;
  agencyId: string;
  role: UserRole;
  candidateProfileId: string | null;
  name: string;
  email: string;
  timeZone: string;
  createdAt: Date;
  updatedAt: Date;
  agencyName: string;
  agencySlug: string;
  agencyCreatedAt: Date;
  agencyUpdatedAt: Date;
  agencyAllowPrivateWebhookAddresses: boolean;
  agencyDataRetentionMonths: number | null;
  agencyErasureGraceDays: number;
  policyAgencyId: string | null;
  policyLateNoticeMinutes: number | null;
  policyNoShowGraceMinutes: number | null;
  policyUpdatedAt: Date | null;
  policyUpdatedById: string | null;
}

/**
 * The session of a cookie's token, when it is live: not signed out, not expired (at `$2`), its user not disabled.
 * One statement on every signed-in request; through Prisma (a nested select) it cost three times the CPU. It also
 * reads what every page shows of the person: their name and time zone, their agency and its cancellation policy
 * (UserViewer.row), so that `me` needs no statement of its own (users/me-from-session.ts).
 */
const LIVE_SESSION = `SELECT s."id" AS "sessionId", u."id" AS "userId", u."agencyId", u."role", c."id" AS "candidateProfileId",
  u."name", u."email", u."timeZone", u."createdAt", u."updatedAt",
  a."name" AS "agencyName", a."slug" AS "agencySlug", a."createdAt" AS "agencyCreatedAt", a."updatedAt" AS "agencyUpdatedAt",
  a."allowPrivateWebhookAddresses" AS "agencyAllowPrivateWebhookAddresses", a."dataRetentionMonths" AS "agencyDataRetentionMonths",
  a."erasureGraceDays" AS "agencyErasureGraceDays",
  p."agencyId" AS "policyAgencyId", p."lateNoticeMinutes" AS "policyLateNoticeMinutes", p."noShowGraceMinutes" AS "policyNoShowGraceMinutes",
  p."updatedAt" AS "policyUpdatedAt", p."updatedById" AS "policyUpdatedById"
FROM "Session" s
JOIN "User" u ON u."id" = s."userId"
JOIN "Agency" a ON a."id" = u."agencyId"
LEFT JOIN "CancellationPolicy" p ON p."agencyId" = u."agencyId"
LEFT JOIN "CandidateProfile" c ON c."userId" = u."id"
WHERE s."tokenHash" = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > $2 AND u."disabledAt" IS NULL`;

/** The person, their agency and its policy as Prisma's models shape them (a model's new column fails to compile here). */
function viewerRowOf(session: SessionRow): ViewerRow {
  const agency: Agency = {
    id: session.agencyId,
    name: session.agencyName,
    slug: session.agencySlug,
    createdAt: session.agencyCreatedAt,
    updatedAt: session.agencyUpdatedAt,
    allowPrivateWebhookAddresses: session.agencyAllowPrivateWebhookAddresses,
    dataRetentionMonths: session.agencyDataRetentionMonths,
    erasureGraceDays: session.agencyErasureGraceDays,
  };
  const cancellationPolicy: CancellationPolicy | null =
    session.policyAgencyId === null
      ? null
      : {
          agencyId: session.policyAgencyId,
          lateNoticeMinutes: session.policyLateNoticeMinutes!,
          noShowGraceMinutes: session.policyNoShowGraceMinutes!,
          updatedAt: session.policyUpdatedAt!,
          updatedById: session.policyUpdatedById,
        };
  return {
    user: {
      id: session.userId,
      agencyId: session.agencyId,
      role: session.role,
      name: session.name,
      email: session.email,
      timeZone: session.timeZone,
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
    },
    agency,
    cancellationPolicy,
  };
}

export async function resolveViewer(db: Pick<Database, 'prisma' | 'sql'>, req: Request, now = new Date()): Promise<Viewer | null> {
  const { prisma } = db;
  const authorization = req.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match || !API_KEY_PATTERN.test(match[1]!)) throw new InvalidApiKeyError('The Authorization header must be "Bearer <API key>".');
    const key = await prisma.apiKey.findUnique({
      where: { keyHash: hashToken(match[1]!) },
      select: { id: true, agencyId: true, clientCompanyId: true, scopes: true, revokedAt: true, lastUsedAt: true },
    });
    if (!key || key.revokedAt) throw new InvalidApiKeyError('This API key is not valid or was revoked.');
    // Recording use at most once a minute keeps a busy partner from writing on every request. The guarded write lets
    // exactly one of several simultaneous requests (in any process) win the minute and add the admin's access event.
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
      const { count } = await prisma.apiKey.updateMany({
        where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }] },
        data: { lastUsedAt: now },
      });
      if (count === 1) await recordSecurityEvent(prisma, { kind: 'API_KEY_USED', agencyId: key.agencyId, apiKeyId: key.id, ip: req.ip ?? null });
    }
    return { kind: 'partner', apiKeyId: key.id, agencyId: key.agencyId, clientCompanyId: key.clientCompanyId, scopes: key.scopes };
  }

  const token = readCookie(req, SESSION_COOKIE);
  if (!token) return null;
  // An expired, signed-out or disabled session is simply anonymous: the browser is asked to sign in again.
  const [session] = await db.sql.query<SessionRow>(LIVE_SESSION, [hashToken(token), now]);
  if (!session) return null;
  return {
    kind: 'user',
    userId: session.userId,
    agencyId: session.agencyId,
    role: session.role,
    sessionId: session.sessionId,
    candidateProfileId: session.candidateProfileId,
    row: viewerRowOf(session),
  };
}
