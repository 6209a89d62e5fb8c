import type { InterviewStatus } from '@shortlist/db/prisma';
import type { Viewer } from '../../context.ts';

/**
 * Whether a candidate may reflect on an interview: once it has ended (its end time passed, or it was marked
 * completed), whatever became of it or of the process (a no-show, a declined or lost process still counts as
 * practice). Never one that did not happen: cancelled (always before the start) or taken off the calendar for a new
 * time (NEEDS_RESCHEDULING, also only before the start).
 */
export function isReflectable(interview: { status: InterviewStatus; endsAt: Date }, now: Date): boolean {
  if (interview.status === 'CANCELLED' || interview.status === 'NEEDS_RESCHEDULING') return false;
  return interview.status === 'COMPLETED' || interview.endsAt.getTime() <= now.getTime();
}

/** Interviews that count as done in the candidate's practice: completed, or still SCHEDULED with their end passed. */
export function isInterviewDone(interview: { status: InterviewStatus; endsAt: Date }, now: Date): boolean {
  return interview.status === 'COMPLETED' || (interview.status === 'SCHEDULED' && interview.endsAt.getTime() <= now.getTime());
}

export const isCandidateViewerOf = (viewer: Viewer | null, candidateId: string) =>
  viewer?.kind === 'user' && viewer.role === 'CANDIDATE' && viewer.candidateProfileId === candidateId;

export const isStaffViewerOf = (viewer: Viewer | null, agencyId: string) =>
  viewer?.kind === 'user' && (viewer.role === 'RECRUITER' || viewer.role === 'ADMIN') && viewer.agencyId === agencyId;

/**
 * Who reads a reflection: its candidate always; the agency's staff (the proposal's recruiter and colleagues) only
 * once the candidate shared it. Never a partner key, so never the client.
 */
export function canReadReflection(viewer: Viewer | null, reflection: { agencyId: string; candidateId: string; sharedWithRecruiterAt: Date | null }): boolean {
  if (isCandidateViewerOf(viewer, reflection.candidateId)) return true;
  return reflection.sharedWithRecruiterAt !== null && isStaffViewerOf(viewer, reflection.agencyId);
}

/** Today's calendar date ("2026-12-04") in a zone; UTC when the zone is unknown. */
export function todayIn(timeZone: string, now: Date): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** A stored @db.Date as "YYYY-MM-DD". */
export const dateOnly = (date: Date) => date.toISOString().slice(0, 10);

/** Whether a contact's follow-up is due: its date reached in the candidate's zone, and not followed up yet. */
export function isFollowUpDue(contact: { followUpBy: Date | null; followedUpAt: Date | null }, today: string): boolean {
  return contact.followUpBy !== null && contact.followedUpAt === null && dateOnly(contact.followUpBy) <= today;
}
