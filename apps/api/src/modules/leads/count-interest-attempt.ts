import { createHash } from 'node:crypto';
import type { PrismaClient } from '@shortlist/db/prisma';

/** How many "I'm interested" forms one address and one e-mail may send in their windows. */
export interface InterestThrottlePolicy {
  ip: { points: number; windowSeconds: number };
  email: { points: number; windowSeconds: number };
}

/**
 * An office behind one address may send a handful an hour; one e-mail five a day (interest in a few jobs, not a
 * flood of one recruiter's notifications).
 */
export const INTEREST_THROTTLE_POLICY: InterestThrottlePolicy = {
  ip: { points: 10, windowSeconds: 60 * 60 },
  email: { points: 5, windowSeconds: 24 * 60 * 60 },
};

/**
 * Counts one attempt for the address and one for the e-mail in the shared `rate_limit` table (the sign-in throttle's
 * table, with keys of its own; e-mails stored hashed), a fixed window each, and answers the seconds to wait when
 * either is over its budget (0: go ahead). Every attempt counts, whether or not the person is known, so the answer
 * tells nothing about them. In the database rather than the limiter store, so it needs no wiring through the server:
 * with REDIS_URL it still counts in PostgreSQL.
 */
export async function countInterestAttempt(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  { ip, email }: { ip: string; email: string },
  now: Date,
  policy: InterestThrottlePolicy = INTEREST_THROTTLE_POLICY,
): Promise<number> {
  const emailKey = createHash('sha256').update(email).digest('hex');
  const [forIp, forEmail] = await Promise.all([
    consume(prisma, `interest_ip:${ip}`, policy.ip.windowSeconds, now),
    consume(prisma, `interest_email:${emailKey}`, policy.email.windowSeconds, now),
  ]);
  const waits = [
    forIp.points > policy.ip.points ? forIp.expire - now.getTime() : 0,
    forEmail.points > policy.email.points ? forEmail.expire - now.getTime() : 0,
  ];
  const waitMs = Math.max(...waits);
  return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : 0;
}

/** One point in a fixed window: a row whose window has ended starts again at 1. */
async function consume(prisma: Pick<PrismaClient, '$queryRaw'>, key: string, windowSeconds: number, now: Date) {
  const nowMs = BigInt(now.getTime());
  const endMs = nowMs + BigInt(windowSeconds * 1000);
  const [row] = await prisma.$queryRaw<Array<{ points: number; expire: bigint }>>`
    INSERT INTO rate_limit (key, points, expire) VALUES (${key}, 1, ${endMs})
    ON CONFLICT (key) DO UPDATE SET
      points = CASE WHEN rate_limit.expire IS NULL OR rate_limit.expire <= ${nowMs} THEN 1 ELSE rate_limit.points + 1 END,
      expire = CASE WHEN rate_limit.expire IS NULL OR rate_limit.expire <= ${nowMs} THEN ${endMs} ELSE rate_limit.expire END
    RETURNING points, expire`;
  return { points: Number(row!.points), expire: Number(row!.expire) };
}
