import type { Prisma } from '@shortlist/db/prisma';
import type { ActingParty } from '../activity/record-activity.ts';
import type { Change } from '../change-log/append-change.ts';
import { assertNotHiredElsewhere } from './assert-not-hired-elsewhere.ts';
import { cancelOpenInterviews } from './cancel-open-interviews.ts';
import type { ProposalForAction } from './load-proposal-for-action.ts';

/**
 * A hire's locks, before its proposal moves: the job (whose last opening it may take, withdrawing the job's other
 * proposals) and then the candidate (hired at most once). Every hire takes them in this order, so two hires for one
 * job wait for each other instead of each holding a proposal the other's fill must withdraw (a deadlock on
 * PostgreSQL, answered with an unexpected error).
 */
export async function lockJobAndCandidate(tx: Prisma.TransactionClient, proposal: ProposalForAction): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Job" WHERE id = ${proposal.jobId}::uuid FOR UPDATE`;
  await tx.$queryRaw`SELECT id FROM "CandidateProfile" WHERE id = ${proposal.candidateId}::uuid FOR UPDATE`;
}

/**
 * What a hire (acceptOffer, recordHire) does besides moving its proposal, in the same transaction: refuse a
 * candidate hired elsewhere, and end the proposal's live interviews (a further round nobody needs now), as closing
 * a proposal any other way does. Returns the change-log entries of its writes. What follows from the hire (the job's
 * openings) is fillJobOnHire's, after the move.
 */
export async function hireInTransaction(
  tx: Prisma.TransactionClient,
  proposal: ProposalForAction,
  actor: ActingParty,
  now: Date,
): Promise<Change[]> {
  await assertNotHiredElsewhere(tx, proposal, actor);
  return cancelOpenInterviews(tx, proposal, actor, {
    now,
    reason: 'OTHER',
    reasonText: 'Hired: the offer was accepted',
    otherText: 'Hired: the offer was accepted',
    message: `${proposal.candidate.fullName} accepted the offer for ${proposal.job.title}, so this interview is no longer needed.`,
  });
}
