import { appendChanges, type ChangeInput } from '@shortlist/db/change-log/append-changes';
import type { Prisma } from '@shortlist/db/prisma';

/** One change a mutation made, without its actor (the mutation's actor made them all). */
export type Change = Omit<ChangeInput, 'actorUserId' | 'actorApiKeyId'>;

/** Who made the changes: a signed-in user or a partner's API key. */
export interface ChangeActor {
  actorUserId: string | null;
  actorApiKeyId: string | null;
}

/**
 * Appends a mutation's changes to the change log inside its transaction (they commit or roll back with it), in one
 * statement. Call it once, as the transaction's last write: the append holds the log's commit-order lock until
 * commit, so row locks taken after it could deadlock with another writer and would make everyone wait longer.
 */
export async function appendChange(tx: Prisma.TransactionClient, actor: ChangeActor, changes: Change | readonly Change[]): Promise<void> {
  const list: readonly Change[] = Array.isArray(changes) ? changes : [changes as Change];
  await appendChanges(
    tx,
    list.map((change) => ({ ...change, actorUserId: actor.actorUserId, actorApiKeyId: actor.actorApiKeyId })),
  );
}
