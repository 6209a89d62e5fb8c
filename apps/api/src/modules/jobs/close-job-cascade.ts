import type { Prisma } from '@shortlist/db/prisma';
import {
  DEFAULT_LATE_NOTICE_MINUTES,
  OPEN_PROPOSAL_STATUSES,
  planJobClosing,
  type JobClosingOutcome,
  type JobClosingStep,
} from '@shortlist/domain/interviews';
import { recordActivity, type ActingParty } from '../activity/record-activity.ts';
import type { Change } from '../change-log/append-change.ts';
import { cancelOpenInterviews } from '../proposals/cancel-open-interviews.ts';
import { proposalChange } from '../proposals/proposal-change.ts';
import { alreadyChanged } from '../proposals/refuse-transition.ts';

/** A few tries for a proposal someone else moved meanwhile (an interview scheduled): still open, so close it. */
const MAX_TRIES = 3;

/** Interview statuses still live: on the calendar, or waiting for a new time. */
const LIVE_INTERVIEW_STATUSES = ['SCHEDULED', 'NEEDS_RESCHEDULING'] as const;

export type ClosingJob = { id: string; agencyId: string; title: string; clientCompany: { name: string } };

/** The person who closes the job, when one does: they sign the default messages and the history names them. */
export type ClosingPerson = { userId: string; name: string };

const proposalSelect = {
  id: true,
  agencyId: true,
  status: true,
  respondBy: true,
  version: true,
  recruiterId: true,
  candidate: { select: { fullName: true, userId: true } },
  recruiter: { select: { name: true } },
  interviews: { where: { status: { in: [...LIVE_INTERVIEW_STATUSES] } }, select: { id: true, startsAt: true }, orderBy: { startsAt: 'asc' } },
} as const satisfies Prisma.ProposalSelect;

type ProposalForClosing = Prisma.ProposalGetPayload<{ select: typeof proposalSelect }>;

/** The agency's late-notice policy, the standard its own cancellations are held to. */
export async function lateNoticeMinutesOf(db: Prisma.TransactionClient, agencyId: string): Promise<number> {
  const policy = await db.cancellationPolicy.findUnique({ where: { agencyId }, select: { lateNoticeMinutes: true } });
  return policy?.lateNoticeMinutes ?? DEFAULT_LATE_NOTICE_MINUTES;
}

/** What closing the job now would do to one proposal (null when it is no longer open), signed by `closer` or its recruiter. */
function planFor(job: ClosingJob, outcome: JobClosingOutcome, proposal: ProposalForClosing, closer: ClosingPerson | null, now: Date, lateNoticeMinutes: number) {
  const [step] = planJobClosing({
    outcome,
    jobTitle: job.title,
    companyName: job.clientCompany.name,
    proposals: [
      {
        id: proposal.id,
        status: proposal.status,
        respondBy: proposal.respondBy,
        candidateName: proposal.candidate.fullName,
        recruiterName: closer?.name ?? proposal.recruiter.name,
        liveInterviews: proposal.interviews,
      },
    ],
    now,
    lateNoticeMinutes,
  });
  return step ?? null;
}

export type JobClosingPlanEntry = JobClosingStep & { candidateName: string; candidateUserId: string | null };

/** The reverse cascade as it would run now, for the recruiter to review: each open proposal, oldest first. */
export async function planClosingOfJob(
  db: Prisma.TransactionClient,
  job: ClosingJob,
  outcome: JobClosingOutcome,
  closer: ClosingPerson | null,
  now: Date,
): Promise<JobClosingPlanEntry[]> {
  const lateNoticeMinutes = await lateNoticeMinutesOf(db, job.agencyId);
  const proposals = await db.proposal.findMany({
    where: { jobId: job.id, status: { in: [...OPEN_PROPOSAL_STATUSES] } },
    select: proposalSelect,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return proposals.flatMap((proposal) => {
    const step = planFor(job, outcome, proposal, closer, now, lateNoticeMinutes);
    return step ? [{ ...step, candidateName: proposal.candidate.fullName, candidateUserId: proposal.candidate.userId }] : [];
  });
}

export interface JobClosingOptions {
  outcome: JobClosingOutcome;
  now: Date;
  /** Who closes the job; null when it follows from something else (the last hire, a partner's update): each proposal's recruiter then signs. */
  closer: ClosingPerson | null;
  /** The message for a proposal, when the recruiter wrote or edited one; the polite default otherwise. */
  messageFor?: (proposalId: string) => string | undefined;
  /** A proposal to leave alone (the hire that filled the job). */
  exceptProposalId?: string;
}

/**
 * The reverse cascade, inside the caller's transaction (which has already moved the job to FILLED or CLOSED): every
 * open proposal for the job is withdrawn by the agency with POSITION_FILLED or POSITION_CANCELLED and its message,
 * the candidate is notified, and the proposal's live interviews are cancelled by the recruiter with the notice given,
 * late or not under the agency's policy (so a late one counts on the agency's record, never the candidate's).
 * Returns the withdrawn proposals' IDs and the change-log entries, which the caller appends.
 */
export async function closeOpenProposalsOfJob(
  tx: Prisma.TransactionClient,
  job: ClosingJob,
  options: JobClosingOptions,
): Promise<{ withdrawnProposalIds: string[]; changes: Change[] }> {
  const lateNoticeMinutes = await lateNoticeMinutesOf(tx, job.agencyId);
  const open = await tx.proposal.findMany({
    where: { jobId: job.id, status: { in: [...OPEN_PROPOSAL_STATUSES] }, ...(options.exceptProposalId ? { id: { not: options.exceptProposalId } } : {}) },
    select: { id: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const withdrawnProposalIds: string[] = [];
  const changes: Change[] = [];
  for (const { id } of open) {
    const withdrawn = await withdrawForClosedJob(tx, job, id, options, lateNoticeMinutes);
    if (!withdrawn) continue;
    withdrawnProposalIds.push(id);
    changes.push(...withdrawn);
  }
  return { withdrawnProposalIds, changes };
}

async function withdrawForClosedJob(
  tx: Prisma.TransactionClient,
  job: ClosingJob,
  proposalId: string,
  options: JobClosingOptions,
  lateNoticeMinutes: number,
): Promise<Change[] | null> {
  for (let attempt = 1; ; attempt++) {
    const proposal = await tx.proposal.findUniqueOrThrow({ where: { id: proposalId }, select: proposalSelect });
    const step = planFor(job, options.outcome, proposal, options.closer, options.now, lateNoticeMinutes);
    // A proposal past its respond-by has lapsed on its own, and a closed one has had its answer: nothing to tell.
    if (!step) return null;
    const message = options.messageFor?.(proposal.id) ?? step.message;
    const { count } = await tx.proposal.updateMany({
      where: { id: proposal.id, status: proposal.status, version: proposal.version },
      data: {
        status: 'WITHDRAWN',
        withdrawnBy: 'RECRUITER',
        withdrawalReason: step.reason,
        withdrawalMessage: message,
        closedAt: options.now,
        version: { increment: 1 },
      },
    });
    if (count !== 1) {
      if (attempt < MAX_TRIES) continue;
      throw alreadyChanged('proposal', proposal.status);
    }
    const actor: ActingParty & { party: 'RECRUITER' } = {
      party: 'RECRUITER',
      actorKind: 'USER',
      actorUserId: options.closer?.userId ?? proposal.recruiterId,
      actorApiKeyId: null,
    };
    const changes = await cancelOpenInterviews(tx, proposal, actor, {
      now: options.now,
      reason: step.reason,
      reasonText: null,
      otherText: options.outcome === 'FILLED' ? 'Position filled' : 'Position closed',
      message,
      lateNoticeMinutes,
    });
    const roleAt = `${job.title} at ${job.clientCompany.name}`;
    await recordActivity(
      tx,
      actor,
      { agencyId: proposal.agencyId, proposalId: proposal.id, action: 'proposal.withdrawn', fromStatus: proposal.status, toStatus: 'WITHDRAWN', reason: step.reason, message },
      [{ userId: proposal.candidate.userId, title: options.outcome === 'FILLED' ? `Position filled: ${roleAt}` : `Position closed: ${roleAt}`, body: message }],
    );
    changes.push(proposalChange(proposal, 'proposal.withdrawn', { from: proposal.status, to: 'WITHDRAWN' }));
    return changes;
  }
}
