export const DEFAULT_LATE_NOTICE_MINUTES = 24 * 60;

/**
 * The notice a cancellation gave: whole minutes between the cancel and the start, rounded down (23 h 59 m 59 s is
 * 1,439 minutes, so it is late under a 24-hour policy). Late notice is recorded, never refused. A cancel at or
 * after the start (refused elsewhere) records 0 minutes rather than a negative.
 */
export function computeCancellationNotice(input: {
  cancelledAt: Date;
  startsAt: Date;
  lateNoticeMinutes?: number;
}): { noticeGivenMinutes: number; isLate: boolean } {
  const lateNoticeMinutes = input.lateNoticeMinutes ?? DEFAULT_LATE_NOTICE_MINUTES;
  const noticeGivenMinutes = Math.max(0, Math.floor((input.startsAt.getTime() - input.cancelledAt.getTime()) / 60_000));
  return { noticeGivenMinutes, isLate: noticeGivenMinutes < lateNoticeMinutes };
}
