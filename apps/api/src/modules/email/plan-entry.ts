import type { EmailKind } from './queue-email.ts';

/** A change-log entry as the e-mail planner reads it. */
export interface PlannerEntry {
  position: string;
  agencyId: string;
  entity: 'CANDIDATE' | 'JOB' | 'PROPOSAL' | 'INTERVIEW';
  entityId: string;
  kind: string;
  /** When the change happened, on the planner's clock. */
  occurredAt: Date;
  /** The user who made the change (null for a partner's key or the system). */
  actorUserId: string | null;
}

/** One outbox row the planner wants; the recipient is checked (same agency, not disabled) when it is inserted. */
export interface PlannedEmail {
  agencyId: string;
  userId: string;
  kind: EmailKind;
  category: 'INTERVIEWS' | 'REMINDERS';
  dedupeKey: string;
  proposalId: string | null;
  interviewId: string | null;
  data: Record<string, unknown>;
  dueAt: Date;
}

/** What one entry asks of the outbox: messages to queue, and pending reminders that no longer hold. */
export interface EntryPlan {
  emails: PlannedEmail[];
  /** Pending interview reminders to cancel, except those for `keepStartsAt` (the interview's current start) if given. */
  staleInterviewReminders: Array<{ interviewId: string; keepStartsAt: string | null }>;
  /** Pending reminders of a proposal to cancel: its respond-by reminder, or every reminder (its interviews' too). */
  staleProposalReminders: Array<{ proposalId: string; scope: 'respond_by' | 'all' }>;
  /** Pending "How did it go?" prompts to cancel (the interview was cancelled or moved), except one for `keepStartsAt` if given. */
  staleReflectionPrompts: Array<{ interviewId: string; keepStartsAt: string | null }>;
}

export const emptyPlan = (): EntryPlan => ({ emails: [], staleInterviewReminders: [], staleProposalReminders: [], staleReflectionPrompts: [] });

/** The distinct, present user IDs, in order. */
export function recipients(...userIds: Array<string | null | undefined>): string[] {
  return [...new Set(userIds.filter((id): id is string => typeof id === 'string' && id.length > 0))];
}
