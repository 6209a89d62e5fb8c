import type { Prisma } from '@shortlist/db/prisma';
import type { Change } from '../change-log/append-change.ts';
import { closeOpenProposalsOfJob } from '../jobs/close-job-cascade.ts';
import type { ProposalForAction } from './load-proposal-for-action.ts';

/**
 * A hire takes one of the job's openings. When none remain, the job becomes FILLED and every other open proposal
 * for it is withdrawn by its recruiter with the reason POSITION_FILLED, a polite message and a notification to the
 * candidate, and their live interviews are cancelled, all in the hire's transaction. Withdrawn rather than
 * rejected: the client did not judge these candidates, the place is simply gone, which is what the recruiter's
 * POSITION_FILLED withdrawal says (and it keeps them open to other roles). The same reverse cascade as closeJob's
 * (closeOpenProposalsOfJob): the same messages, and interviews cancelled with notice under the agency's policy.
 * Returns the change-log entries.
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

  const closing = await closeOpenProposalsOfJob(
    tx,
    { id: job.id, agencyId: job.agencyId, title: hired.job.title, clientCompany: { name: hired.job.clientCompany.name } },
    { outcome: 'FILLED', now, closer: null, exceptProposalId: hired.id },
  );
  changes.push(...closing.changes);
  return changes;
}
