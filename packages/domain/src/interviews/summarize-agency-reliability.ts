import { DEFAULT_LATE_NOTICE_MINUTES } from './compute-cancellation-notice.ts';
import type { InterviewStatus, Party } from './types.ts';

export type AgencyReliabilitySummary = {
  /** Every interview the agency's proposals had, whatever became of it. */
  interviews: number;
  /** Interviews the agency scheduled or moved itself (not a time the candidate picked from offered slots). */
  interviewsScheduled: number;
  /** Of those, set with less notice than the agency's policy asks of candidates. */
  shortNoticeInterviews: number;
  /** Median notice the agency gave when scheduling or moving, in hours, one decimal; null before any. */
  medianSchedulingNoticeHours: number | null;
  /** Interviews the recruiter cancelled. */
  cancellations: number;
  /** Of those, with less notice than the policy. */
  lateCancellations: number;
  /** Median notice the recruiter gave when cancelling, in hours, one decimal; null with no cancellations. */
  medianCancellationNoticeHours: number | null;
  /** Interviews the recruiter did not come to. */
  noShows: number;
  /** Of those, contested by the agency. */
  noShowsContested: number;
  /** Interviews the client cancelled late (the client the agency represents, counted apart from the recruiter). */
  clientLateCancellations: number;
  /** Interviews the client did not come to. */
  clientNoShows: number;
};

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/**
 * The agency's record, held to the candidate's standard: notice when it sets a time (an interview created by
 * scheduling or moving: `createdAt` to `startsAt`; a slot the candidate picked is their choice, not counted), its
 * recruiters' cancellations with the notice they gave, and their no-shows. The client's late cancellations and
 * no-shows are counted apart: the agency answers for the client it represents, but they are not its recruiters'.
 */
export function summarizeAgencyReliability(input: {
  lateNoticeMinutes?: number;
  interviews: Array<{
    status: InterviewStatus;
    startsAt: Date;
    createdAt: Date;
    /** False when the time was a slot the candidate picked. */
    isSetByAgency: boolean;
    cancelledBy: Party | null;
    noticeGivenMinutes: number | null;
    isLateCancellation: boolean | null;
    noShowParty: Party | null;
    noShowContestedAt?: Date | null;
  }>;
}): AgencyReliabilitySummary {
  const lateNoticeMinutes = input.lateNoticeMinutes ?? DEFAULT_LATE_NOTICE_MINUTES;
  const setByAgency = input.interviews.filter((i) => i.isSetByAgency);
  const schedulingNoticeMinutes = setByAgency.map((i) => Math.max(0, Math.floor((i.startsAt.getTime() - i.createdAt.getTime()) / MINUTE_MS)));
  const cancelledBy = (party: Party) => input.interviews.filter((i) => i.status === 'CANCELLED' && i.cancelledBy === party);
  const noShowsOf = (party: Party) => input.interviews.filter((i) => i.status === 'NO_SHOW' && i.noShowParty === party);
  const recruiterCancellations = cancelledBy('RECRUITER');
  const recruiterNoShows = noShowsOf('RECRUITER');
  const schedulingMedian = median(schedulingNoticeMinutes.map((m) => (m * MINUTE_MS) / HOUR_MS));
  const cancellationMedian = median(recruiterCancellations.flatMap((i) => (i.noticeGivenMinutes === null ? [] : [i.noticeGivenMinutes / 60])));

  return {
    interviews: input.interviews.length,
    interviewsScheduled: setByAgency.length,
    shortNoticeInterviews: schedulingNoticeMinutes.filter((m) => m < lateNoticeMinutes).length,
    medianSchedulingNoticeHours: schedulingMedian === null ? null : oneDecimal(schedulingMedian),
    cancellations: recruiterCancellations.length,
    lateCancellations: recruiterCancellations.filter((i) => i.isLateCancellation === true).length,
    medianCancellationNoticeHours: cancellationMedian === null ? null : oneDecimal(cancellationMedian),
    noShows: recruiterNoShows.length,
    noShowsContested: recruiterNoShows.filter((i) => i.noShowContestedAt != null).length,
    clientLateCancellations: cancelledBy('CLIENT').filter((i) => i.isLateCancellation === true).length,
    clientNoShows: noShowsOf('CLIENT').length,
  };
}
