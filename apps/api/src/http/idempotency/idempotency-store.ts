import type { PrismaClient } from '@shortlist/db/prisma';
import { randomUUID } from 'node:crypto';

/** How long a finished answer is replayed (Stripe keeps keys 24 hours too). */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * A key still "in progress" this long after it was claimed belongs to a process that died mid-request (every request
 * is answered within its deadline, 10 s by default): it is taken over, or the client would see 409 for 24 hours.
 */
export const ABANDONED_AFTER_MS = 5 * 60 * 1000;

export type Claim =
  | { kind: 'claimed'; id: string }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'in_use' }
  | { kind: 'reused' };

/** The `IdempotencyKey` table: one row per caller and key, claimed before the mutation runs and filled after. */
export function createIdempotencyStore(prisma: PrismaClient) {
  return {
    /**
     * Claims the key for this request, or says what is there already. The insert is `ON CONFLICT DO NOTHING`, so of
     * many requests racing with one key exactly one claims it; the others read the winner's row.
     */
    async claim(request: { caller: string; key: string; requestHash: string }): Promise<Claim> {
      const { caller, key, requestHash } = request;
      // A second round only when the row found was expired or abandoned and has just been deleted (or vanished).
      for (let round = 0; round < 3; round++) {
        const now = Date.now();
        const id = randomUUID();
        const { count } = await prisma.idempotencyKey.createMany({
          data: [{ id, caller, key, requestHash, expiresAt: new Date(now + IDEMPOTENCY_KEY_TTL_MS) }],
          skipDuplicates: true,
        });
        if (count === 1) return { kind: 'claimed', id };
        const existing = await prisma.idempotencyKey.findUnique({ where: { caller_key: { caller, key } } });
        if (!existing) continue;
        const isExpired = existing.expiresAt.getTime() <= now;
        const isAbandoned = existing.responseStatus === null && existing.createdAt.getTime() <= now - ABANDONED_AFTER_MS;
        if (isExpired || isAbandoned) {
          await prisma.idempotencyKey.deleteMany({ where: { id: existing.id } });
          continue;
        }
        if (existing.requestHash !== requestHash) return { kind: 'reused' };
        if (existing.responseStatus === null || existing.responseBody === null) return { kind: 'in_use' };
        return { kind: 'replay', status: existing.responseStatus, body: existing.responseBody };
      }
      return { kind: 'in_use' };
    },

    /** Stores the answer the client received, to be replayed for 24 hours from now. */
    async complete(id: string, response: { status: number; body: string }) {
      await prisma.idempotencyKey.updateMany({
        where: { id, responseStatus: null },
        data: { responseStatus: response.status, responseBody: response.body, expiresAt: new Date(Date.now() + IDEMPOTENCY_KEY_TTL_MS) },
      });
    },

    /** Gives the key back (the request failed before or while running), so a retry runs afresh. */
    async release(id: string) {
      await prisma.idempotencyKey.deleteMany({ where: { id, responseStatus: null } });
    },

    /** Deletes expired keys; returns how many. */
    async sweep() {
      const { count } = await prisma.idempotencyKey.deleteMany({ where: { expiresAt: { lte: new Date() } } });
      return count;
    },
  };
}

export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>;
