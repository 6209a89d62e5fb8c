import { emptyPlan, type EntryPlan, type PlannerEntry } from './plan-entry.ts';
import { respondByReminderTime } from './plan-reminder-times.ts';

/** A proposal as it is now, with the candidate's login. */
export interface ProposalFacts {
  id: string;
  agencyId: string;
  status: string;
  respondBy: Date;
  candidateUserId: string | null;
}

/** Where a proposal has ended: no reminder of it, nor of its interviews, is true any more. */
const CLOSED = new Set(['DECLINED', 'WITHDRAWN', 'EXPIRED', 'REJECTED', 'HIRED']);

/**
 * What one proposal entry means for the outbox: a proposal made plans the candidate's respond-by reminder (see
 * respondByReminderTime for when); any later entry that left it answered cancels that reminder, and one that closed it
 * cancels its interviews' reminders too (their own cancellations usually say so first).
 */
export function planProposalEmails(entry: PlannerEntry, proposal: ProposalFacts | undefined, now: Date): EntryPlan {
  const plan = emptyPlan();
  if (!proposal) return plan;
  const isOpen = proposal.status === 'PROPOSED';
  if (entry.kind === 'proposal.proposed' && isOpen && proposal.candidateUserId) {
    const dueAt = respondByReminderTime(proposal.respondBy, { occurredAt: entry.occurredAt, now });
    if (dueAt) {
      const expiresAt = proposal.respondBy.toISOString();
      plan.emails.push({
        agencyId: proposal.agencyId,
        userId: proposal.candidateUserId,
        kind: 'reminder.respond_by',
        category: 'REMINDERS',
        dedupeKey: `reminder.respond_by:${proposal.id}:${expiresAt}:${proposal.candidateUserId}`,
        proposalId: proposal.id,
        interviewId: null,
        data: { expiresAt },
        dueAt,
      });
    }
  }
  if (!isOpen) plan.staleProposalReminders.push({ proposalId: proposal.id, scope: CLOSED.has(proposal.status) ? 'all' : 'respond_by' });
  return plan;
}
