import { computeCancellationNotice, DEFAULT_LATE_NOTICE_MINUTES } from './compute-cancellation-notice.ts';
import { describeDuration, describePolicy } from './describe-notice.ts';

export type SchedulingNotice = {
  /** Whole minutes between scheduling (or moving) and the start, rounded down. */
  noticeGivenMinutes: number;
  /** Less notice than the agency asks of candidates when they cancel. */
  isShort: boolean;
};

/**
 * The notice the agency gives when it schedules or moves an interview, measured by the rule candidates are held
 * to when they cancel: under the policy's notice (default 24 hours) it is short. Short notice is never refused;
 * the recruiter is warned and acknowledges it, and it is recorded on the agency's record.
 */
export function assessSchedulingNotice(input: { now: Date; startsAt: Date; lateNoticeMinutes?: number }): SchedulingNotice {
  const { noticeGivenMinutes, isLate } = computeCancellationNotice({
    cancelledAt: input.now,
    startsAt: input.startsAt,
    lateNoticeMinutes: input.lateNoticeMinutes ?? DEFAULT_LATE_NOTICE_MINUTES,
  });
  return { noticeGivenMinutes, isShort: isLate };
}

/**
 * The warning shown before saving a short-notice time:
 * "This interview starts in 3 minutes: less than Northwind Talent's 24-hour notice, the notice candidates are asked to give."
 */
export function describeSchedulingNotice(input: { noticeGivenMinutes: number; lateNoticeMinutes: number; agencyName: string }): string {
  const minutes = Math.max(0, Math.floor(input.noticeGivenMinutes));
  const starts = minutes < 1 ? 'starts in less than a minute' : `starts in ${describeDuration(minutes).toLowerCase()}`;
  return (
    `This interview ${starts}: less than ${input.agencyName}'s ${describePolicy(input.lateNoticeMinutes)} notice, ` +
    'the notice candidates are asked to give. It will be recorded as short notice on the agency\'s record.'
  );
}

/**
 * The notice recorded with a time the agency set, as the history shows it:
 * "9 minutes before the start: short notice under Northwind Talent's 24-hour policy."
 */
export function describeSchedulingNoticeGiven(input: { noticeGivenMinutes: number; isShort: boolean; lateNoticeMinutes: number; agencyName: string }): string {
  const policy = `${input.agencyName}'s ${describePolicy(input.lateNoticeMinutes)} policy`;
  const notice = `${describeDuration(Math.max(0, Math.floor(input.noticeGivenMinutes)))} before the start`;
  return input.isShort ? `${notice}: short notice under ${policy}.` : `${notice}: within ${policy}.`;
}
