import { emptyPlan, recipients, type EntryPlan, type PlannerEntry } from './plan-entry.ts';
import { interviewReminderTimes } from './plan-reminder-times.ts';

/** The candidate is asked "How did it go?" an hour after the interview's end. */
export const REFLECTION_PROMPT_DELAY_MS = 60 * 60 * 1000;

/** An interview as it is now, with the people its e-mails go to. */
export interface InterviewFacts {
  id: string;
  agencyId: string;
  proposalId: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  calendarUid: string;
  calendarSequence: number;
  recruiterId: string;
  /** The candidate's login (null: registered by a recruiter, never signed up; not e-mailed). */
  candidateUserId: string | null;
}

/** The change-log kinds that put an interview in calendars at a (new) time, and the reason its invite gives. */
const INVITE_REASON: Record<string, 'scheduled' | 'moved' | 'rescheduled'> = {
  'interview.scheduled': 'scheduled',
  'interview.moved': 'moved',
  'interview.rescheduled': 'rescheduled',
};

/**
 * What one interview entry means for the outbox, decided from the interview as it is now (the log says what happened,
 * the row what is still true):
 * - scheduled, moved, rescheduled (the replacing interview): a calendar invite to the candidate, the recruiter and
 *   whoever acted, and the 24 h and 2 h reminders to the candidate and the recruiter; reminders planned for an earlier
 *   start are cancelled. Nothing if the interview is no longer SCHEDULED: a later entry says what became of it.
 * - cancelled: a calendar cancellation to the same people, and its reminders cancelled.
 * - anything else that left it not SCHEDULED (a reschedule request, completed, no-show): its reminders cancelled.
 * - the candidate's "How did it go?" prompt (reflection.prompt), planned with the invite for the end + 1 h: every
 *   interview is practice, whatever its outcome, so completing it or a no-show keeps the prompt; cancelling it or
 *   taking it off the calendar for a new time cancels it (the sender also checks it still holds when it is due).
 */
export function planInterviewEmails(entry: PlannerEntry, interview: InterviewFacts | undefined, now: Date): EntryPlan {
  const plan = emptyPlan();
  if (!interview) return plan; // deleted since (its agency was removed)
  const isScheduled = interview.status === 'SCHEDULED';
  const reason = INVITE_REASON[entry.kind];
  const { id: interviewId, proposalId, agencyId, calendarUid, calendarSequence: sequence } = interview;
  const base = { agencyId, proposalId, interviewId };
  const invited = recipients(interview.candidateUserId, interview.recruiterId, entry.actorUserId);

  if (reason && isScheduled) {
    for (const userId of invited) {
      plan.emails.push({
        ...base,
        userId,
        kind: 'interview.invite',
        category: 'INTERVIEWS',
        dedupeKey: `invite:${calendarUid}:${sequence}:${userId}`,
        data: { sequence, reason },
        dueAt: now,
      });
    }
    const startsAt = interview.startsAt.toISOString();
    for (const { kind, dueAt } of interviewReminderTimes(interview.startsAt, { occurredAt: entry.occurredAt, now })) {
      for (const userId of recipients(interview.candidateUserId, interview.recruiterId)) {
        plan.emails.push({ ...base, userId, kind, category: 'REMINDERS', dedupeKey: `${kind}:${interviewId}:${startsAt}:${userId}`, data: { startsAt, sequence }, dueAt });
      }
    }
    plan.staleInterviewReminders.push({ interviewId, keepStartsAt: startsAt });
    if (interview.candidateUserId) {
      plan.emails.push({
        ...base,
        userId: interview.candidateUserId,
        kind: 'reflection.prompt',
        category: 'REMINDERS',
        dedupeKey: `reflection.prompt:${interviewId}:${startsAt}`,
        data: { startsAt, sequence },
        dueAt: new Date(interview.endsAt.getTime() + REFLECTION_PROMPT_DELAY_MS),
      });
    }
    plan.staleReflectionPrompts.push({ interviewId, keepStartsAt: startsAt });
    return plan;
  }
  if (entry.kind === 'interview.cancelled') {
    for (const userId of invited) {
      plan.emails.push({
        ...base,
        userId,
        kind: 'interview.cancel',
        category: 'INTERVIEWS',
        dedupeKey: `cancel:${calendarUid}:${sequence}:${userId}`,
        data: { sequence },
        dueAt: now,
      });
    }
  }
  if (!isScheduled) plan.staleInterviewReminders.push({ interviewId, keepStartsAt: null });
  if (interview.status === 'CANCELLED' || interview.status === 'NEEDS_RESCHEDULING') plan.staleReflectionPrompts.push({ interviewId, keepStartsAt: null });
  return plan;
}
