import type { CancellationReason, Party, Prisma } from '@shortlist/db/prisma';
import { CANCELLATION_REASONS, computeCancellationNotice } from '@shortlist/domain/interviews';
import { recordActivity, type ActingParty } from '../activity/record-activity.ts';
import type { Change } from '../change-log/append-change.ts';
import { interviewChange } from '../interviews/interview-change.ts';
import { alreadyChanged } from './refuse-transition.ts';

/** Interview statuses that are still live: on the calendar, or waiting for a new time. */
const LIVE_INTERVIEW_STATUSES = ['SCHEDULED', 'NEEDS_RESCHEDULING'] as const;

export interface ClosingCancellation {
  now: Date;
  /** The closing's own reason; kept as it is when the cancellation list has the same code, else "other". */
  reason: string;
  reasonText: string | null;
  /** How the closing reads when its reason has no cancellation code ("Proposal withdrawn: Timing"). */
  otherText: string;
  /** The cancellation code to use when the closing's reason has none (e.g. NO_LONGER_INTERESTED); OTHER by default. */
  fallback?: CancellationReason;
  message: string;
  /**
   * The agency's late-notice policy, when the agency itself ends the interviews (its job filled or closed): each
   * cancellation is then late or not under it, and a late one counts on the agency's record. Left out, none is late.
   */
  lateNoticeMinutes?: number;
}

function cancellationReasonOf(closing: ClosingCancellation): { reason: CancellationReason; reasonText: string | null } {
  if (closing.reason === 'OTHER') return { reason: 'OTHER', reasonText: closing.reasonText ?? closing.otherText };
  if ((CANCELLATION_REASONS as readonly string[]).includes(closing.reason)) {
    return { reason: closing.reason as CancellationReason, reasonText: null };
  }
  const reason = closing.fallback ?? 'OTHER';
  return { reason, reasonText: reason === 'OTHER' ? (closing.reasonText ?? closing.otherText) : null };
}

/**
 * Closing a proposal (withdrawn, rejected, offer declined, hired) ends its live interviews in the same transaction:
 * each becomes CANCELLED by the closing side, with the closing's message and the notice it gave, and one
 * `interview.cancelled` event. It is not a late cancellation (the candidate did not cancel an interview, so it
 * must not count against their reliability) unless the agency's own closing passes its policy (lateNoticeMinutes).
 * The proposal's own event already tells the other side. Returns the change-log entries, which the caller appends
 * with its own at the end of the transaction.
 */
export async function cancelOpenInterviews(
  tx: Prisma.TransactionClient,
  proposal: { id: string; agencyId: string },
  actor: ActingParty & { party: Party },
  closing: ClosingCancellation,
): Promise<Change[]> {
  const live = await tx.interview.findMany({
    where: { proposalId: proposal.id, status: { in: [...LIVE_INTERVIEW_STATUSES] } },
    select: { id: true, status: true, version: true, startsAt: true },
    orderBy: { startsAt: 'asc' },
  });
  const { reason, reasonText } = cancellationReasonOf(closing);
  const changes: Change[] = [];
  for (const interview of live) {
    const notice = computeCancellationNotice({ cancelledAt: closing.now, startsAt: interview.startsAt, lateNoticeMinutes: closing.lateNoticeMinutes });
    const { noticeGivenMinutes } = notice;
    const isLate = closing.lateNoticeMinutes === undefined ? false : notice.isLate;
    const { count } = await tx.interview.updateMany({
      where: { id: interview.id, status: interview.status, version: interview.version },
      data: {
        status: 'CANCELLED',
        cancelledBy: actor.party,
        cancellationReason: reason,
        cancellationReasonText: reasonText,
        cancellationMessage: closing.message,
        cancelledAt: closing.now,
        noticeGivenMinutes,
        isLateCancellation: isLate,
        version: { increment: 1 },
        // RFC 5546: a calendar applies a CANCEL only with a higher SEQUENCE than the invite it had.
        calendarSequence: { increment: 1 },
      },
    });
    if (count !== 1) {
      const current = await tx.interview.findUniqueOrThrow({ where: { id: interview.id }, select: { status: true } });
      throw alreadyChanged('interview', current.status);
    }
    await recordActivity(tx, actor, {
      agencyId: proposal.agencyId,
      proposalId: proposal.id,
      interviewId: interview.id,
      action: 'interview.cancelled',
      fromStatus: interview.status,
      toStatus: 'CANCELLED',
      reason,
      reasonText,
      message: closing.message,
      noticeGivenMinutes,
      isLate,
    });
    changes.push(interviewChange({ ...interview, agencyId: proposal.agencyId, proposal }, 'interview.cancelled', { from: interview.status, to: 'CANCELLED' }));
  }
  return changes;
}
