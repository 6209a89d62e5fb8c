import type { Prisma } from '@shortlist/db/prisma';
import { composePoliteMessage, effectiveProposalStatus, isOpenProposal, OPEN_PROPOSAL_STATUSES } from '@shortlist/domain/interviews';
import { recordActivity } from '../activity/record-activity.ts';
import type { Change } from '../change-log/append-change.ts';
import { cancelOpenInterviews } from './cancel-open-interviews.ts';
import type { ProposalForAction } from './load-proposal-for-action.ts';
import { proposalChange } from './proposal-change.ts';
import { alreadyChanged } from './refuse-transition.ts';

/** A few tries for a proposal someone else moved meanwhile (an interview scheduled): still open, so close it. */
const MAX_TRIES = 3;

/**
 * A hire takes one of the job's openings. When none remain, the job becomes FILLED and every other open proposal
 * for it is withdrawn by its recruiter with the reason POSITION_FILLED, a polite message and a notification to the
 * candidate, and their live interviews are cancelled, all in the hire's transaction. Withdrawn rather than
 * rejected: the client did not judge these candidates, the place is simply gone, which is what the recruiter's
 * POSITION_FILLED withdrawal says (and it keeps them open to other roles). Returns the change-log entries.
 */
export async function fillJobOnHire(tx: Prisma.TransactionClient, hired: ProposalForAction, now: Date): Promise<Change[]> {
  // The row lock of this write also orders two hires for one job: the second sees the first's count.
  const { count } = await tx.job.updateMany({
    where: { id: hired.jobId, openings: { gt: 0 } },
    data: { openings: { decrement: 1 }, version: { increment: 1 } },
  });
  if (count === 0) return [];
  const job = await tx.job.findUniqueOrThrow({ where: { id: hired.jobId }, select: { id: true, agencyId: true, openings: true, status: true } });
  const isFilled = job.openings === 0 && (job.status === 'OPEN' || job.status === 'ON_HOLD');
  if (isFilled) await tx.job.update({ where: { id: job.id }, data: { status: 'FILLED' } });
  const changes: Change[] = [
    {
      agencyId: job.agencyId,
      entity: 'JOB',
      entityId: job.id,
      kind: 'job.updated',
      data: { status: isFilled ? 'FILLED' : job.status, changed: isFilled ? ['openings', 'status'] : ['openings'] },
    },
  ];
  if (!isFilled) return changes;

  const others = await tx.proposal.findMany({
    where: { jobId: job.id, id: { not: hired.id }, status: { in: [...OPEN_PROPOSAL_STATUSES] } },
    select: { id: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  for (const { id } of others) changes.push(...(await withdrawAsFilled(tx, id, hired, now)));
  return changes;
}

async function withdrawAsFilled(tx: Prisma.TransactionClient, proposalId: string, hired: ProposalForAction, now: Date): Promise<Change[]> {
  for (let attempt = 1; ; attempt++) {
    const proposal = await tx.proposal.findUniqueOrThrow({
      where: { id: proposalId },
      select: {
        id: true,
        agencyId: true,
        status: true,
        respondBy: true,
        version: true,
        recruiterId: true,
        candidate: { select: { fullName: true, userId: true } },
        recruiter: { select: { name: true } },
      },
    });
    // A proposal past its respond-by has lapsed on its own; nothing to tell.
    if (!isOpenProposal(effectiveProposalStatus(proposal, now))) return [];
    const message = composePoliteMessage('withdrawByRecruiter', {
      reason: 'POSITION_FILLED',
      candidateName: proposal.candidate.fullName,
      recruiterName: proposal.recruiter.name,
      jobTitle: hired.job.title,
      companyName: hired.job.clientCompany.name,
    });
    const { count } = await tx.proposal.updateMany({
      where: { id: proposal.id, status: proposal.status, version: proposal.version },
      data: {
        status: 'WITHDRAWN',
        withdrawnBy: 'RECRUITER',
        withdrawalReason: 'POSITION_FILLED',
        withdrawalMessage: message,
        closedAt: now,
        version: { increment: 1 },
      },
    });
    if (count !== 1) {
      if (attempt < MAX_TRIES) continue;
      throw alreadyChanged('proposal', proposal.status);
    }
    // The proposal's own recruiter withdraws it: the message is in their words, and the history says so.
    const recruiter = { party: 'RECRUITER' as const, actorKind: 'USER' as const, actorUserId: proposal.recruiterId, actorApiKeyId: null };
    const changes = await cancelOpenInterviews(tx, proposal, recruiter, {
      now,
      reason: 'POSITION_FILLED',
      reasonText: null,
      otherText: 'Position filled',
      message,
    });
    await recordActivity(
      tx,
      recruiter,
      { agencyId: proposal.agencyId, proposalId: proposal.id, action: 'proposal.withdrawn', fromStatus: proposal.status, toStatus: 'WITHDRAWN', reason: 'POSITION_FILLED', message },
      [{ userId: proposal.candidate.userId, title: `Position filled: ${hired.job.title} at ${hired.job.clientCompany.name}`, body: message }],
    );
    changes.push(proposalChange(proposal, 'proposal.withdrawn', { from: proposal.status, to: 'WITHDRAWN' }));
    return changes;
  }
}
