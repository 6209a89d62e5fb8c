import type { Prisma } from '@shortlist/db/prisma';
import type { ActingParty } from '../activity/record-activity.ts';
import type { Change } from '../change-log/append-change.ts';
import { assertNotHiredElsewhere } from './assert-not-hired-elsewhere.ts';
import type { ProposalForAction } from './load-proposal-for-action.ts';

/**
 * What a hire (acceptOffer, recordHire) does besides moving its proposal, in the same transaction: refuse a
 * candidate hired elsewhere. Returns the change-log entries of its writes.
 */
export async function hireInTransaction(
  tx: Prisma.TransactionClient,
  proposal: ProposalForAction,
  actor: ActingParty,
  _now: Date,
): Promise<Change[]> {
  await assertNotHiredElsewhere(tx, proposal, actor);
  return [];
}
