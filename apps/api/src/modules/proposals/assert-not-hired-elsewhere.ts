import type { Prisma } from '@shortlist/db/prisma';
import { refuseSecondHire } from '@shortlist/domain/interviews';
import type { ActingParty } from '../activity/record-activity.ts';
import { AlreadyHiredError } from './already-hired-error.ts';
import type { ProposalForAction } from './load-proposal-for-action.ts';

/**
 * Inside the hire's transaction: refuses it when the candidate already has another HIRED proposal. The candidate's
 * row is locked first, so of two hires of one candidate through two proposals at once the second waits for the
 * first to commit, then sees its HIRED proposal and rolls back (each proposal's own guard cannot see the other).
 */
export async function assertNotHiredElsewhere(tx: Prisma.TransactionClient, proposal: ProposalForAction, actor: ActingParty) {
  await tx.$queryRaw`SELECT id FROM "CandidateProfile" WHERE id = ${proposal.candidateId}::uuid FOR UPDATE`;
  const hired = await tx.proposal.findFirst({
    where: { candidateId: proposal.candidateId, status: 'HIRED', id: { not: proposal.id } },
    select: { id: true, job: { select: { title: true, clientCompany: { select: { name: true } } } } },
    orderBy: { hiredAt: 'asc' },
  });
  const refusal = refuseSecondHire({
    actor: actor.party,
    candidateName: proposal.candidate.fullName,
    hired: hired && { jobTitle: hired.job.title, companyName: hired.job.clientCompany.name },
  });
  if (refusal && hired) throw new AlreadyHiredError(refusal.message, hired.id);
}
