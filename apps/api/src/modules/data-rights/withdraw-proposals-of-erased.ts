import type { Prisma } from '@shortlist/db/prisma';
import { effectiveProposalStatus, isOpenProposal, OPEN_PROPOSAL_STATUSES, transitionProposal } from '@shortlist/domain/interviews';
import { recordActivity, type ActingParty } from '../activity/record-activity.ts';
import type { Change } from '../change-log/append-change.ts';
import { cancelOpenInterviews } from '../proposals/cancel-open-interviews.ts';
import { proposalChange } from '../proposals/proposal-change.ts';
import { alreadyChanged, refuseTransition } from '../proposals/refuse-transition.ts';

/** The withdrawal lists no reason for an erasure: OTHER, with this text (it names nobody, so it stays). */
export const ERASED_WITHDRAWAL_TEXT = "The candidate's personal data was erased";
/** The message the proposal and its interviews are closed with; the candidate's account is closed, so it is the recruiter's to read. */
export const ERASED_WITHDRAWAL_MESSAGE = "The candidate's personal data was erased, so this proposal is withdrawn and its interviews are cancelled.";

/**
 * Shortlist itself closes them, on the agency's side (only the recruiter may withdraw a proposal not yet answered):
 * the history names "Shortlist", the recruiter is told, and no cancellation counts as late on anyone's record.
 */
const SHORTLIST_FOR_THE_AGENCY: ActingParty & { party: 'RECRUITER' } = { party: 'RECRUITER', actorKind: 'SYSTEM', actorUserId: null, actorApiKeyId: null };

/**
 * An erased candidate is in no process any more: inside the erasure's transaction, each of their open proposals is
 * withdrawn (reason OTHER, ERASED_WITHDRAWAL_TEXT) and its live interviews cancelled, with the history events, the
 * recruiter's notification and the change-log entries every withdrawal writes. A proposal past its respond-by has
 * lapsed on its own and is left to the expiry sweeper. Call it after the erasure has locked the candidate's
 * proposals and interviews (its updates of them), so nothing moves them meanwhile. Returns the change-log entries,
 * which the caller appends with its own at the end of the transaction.
 */
export async function withdrawProposalsOfErased(tx: Prisma.TransactionClient, candidateId: string, now: Date): Promise<Change[]> {
  const open = await tx.proposal.findMany({
    where: { candidateId, status: { in: [...OPEN_PROPOSAL_STATUSES] } },
    select: {
      id: true,
      agencyId: true,
      status: true,
      respondBy: true,
      version: true,
      recruiterId: true,
      job: { select: { title: true, timeZone: true, clientCompany: { select: { name: true } } } },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const changes: Change[] = [];
  for (const proposal of open) {
    if (!isOpenProposal(effectiveProposalStatus(proposal, now))) continue;
    const decided = transitionProposal(proposal, 'withdraw', SHORTLIST_FOR_THE_AGENCY.party, { now, timeZone: proposal.job.timeZone });
    if (!decided.ok) throw refuseTransition(decided.error, proposal.status);
    const { count } = await tx.proposal.updateMany({
      where: { id: proposal.id, status: decided.from, version: proposal.version },
      data: {
        status: decided.to,
        withdrawnBy: SHORTLIST_FOR_THE_AGENCY.party,
        withdrawalReason: 'OTHER',
        withdrawalReasonText: ERASED_WITHDRAWAL_TEXT,
        withdrawalMessage: ERASED_WITHDRAWAL_MESSAGE,
        closedAt: now,
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw alreadyChanged('proposal', proposal.status);
    changes.push(
      ...(await cancelOpenInterviews(tx, proposal, SHORTLIST_FOR_THE_AGENCY, {
        now,
        reason: 'OTHER',
        reasonText: ERASED_WITHDRAWAL_TEXT,
        otherText: ERASED_WITHDRAWAL_TEXT,
        message: ERASED_WITHDRAWAL_MESSAGE,
      })),
    );
    const roleAt = `${proposal.job.title} at ${proposal.job.clientCompany.name}`;
    await recordActivity(
      tx,
      SHORTLIST_FOR_THE_AGENCY,
      {
        agencyId: proposal.agencyId,
        proposalId: proposal.id,
        action: 'proposal.withdrawn',
        fromStatus: decided.from,
        toStatus: decided.to,
        reason: 'OTHER',
        reasonText: ERASED_WITHDRAWAL_TEXT,
        message: ERASED_WITHDRAWAL_MESSAGE,
      },
      [{ userId: proposal.recruiterId, title: `Candidate's data erased: ${roleAt}`, body: ERASED_WITHDRAWAL_MESSAGE }],
    );
    changes.push(proposalChange(proposal, 'proposal.withdrawn', decided));
  }
  return changes;
}
