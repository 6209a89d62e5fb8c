const HOUR_MS = 60 * 60 * 1000;

/** The interview reminders, latest first: how long before the start each is due. */
export const INTERVIEW_REMINDERS = [
  { kind: 'reminder.interview.2h', beforeStartMs: 2 * HOUR_MS },
  { kind: 'reminder.interview.24h', beforeStartMs: 24 * HOUR_MS },
] as const;

export type InterviewReminderKind = (typeof INTERVIEW_REMINDERS)[number]['kind'];

/** How long before a proposal's respond-by its reminder is due. */
export const RESPOND_BY_REMINDER_MS = 24 * HOUR_MS;

/**
 * How late a reminder may be when its change happened and still be planned: an interview scheduled 23 h 58 min ahead
 * still gets its 24 h reminder, one scheduled 3 h ahead gets only the 2 h one.
 */
export const REMINDER_GRACE_MS = 5 * 60 * 1000;

export interface ReminderTiming {
  /** When the change that planned it happened (the change-log entry's time). */
  occurredAt: Date;
  /** The planner's time (its clock): later than `occurredAt` when the planner was behind (no process was running). */
  now: Date;
}

/**
 * The reminders an interview starting at `startsAt` gets, with when each is due. A reminder whose time had already
 * passed (beyond the grace) when the change happened is not planned: it would have been too late then too. One that
 * only passed while no planner ran is planned and goes late, since it was owed; but not once the interview has
 * started, and not the 24 h one once the 2 h one is due (two reminders at once say nothing more than one).
 */
export function interviewReminderTimes(startsAt: Date, { occurredAt, now }: ReminderTiming): Array<{ kind: InterviewReminderKind; dueAt: Date }> {
  if (startsAt.getTime() <= now.getTime()) return [];
  const planned: Array<{ kind: InterviewReminderKind; dueAt: Date }> = [];
  let isLaterOneDue = false;
  for (const reminder of INTERVIEW_REMINDERS) {
    const dueAt = new Date(startsAt.getTime() - reminder.beforeStartMs);
    const wasInTime = dueAt.getTime() >= occurredAt.getTime() - REMINDER_GRACE_MS;
    if (wasInTime && !isLaterOneDue) planned.push({ kind: reminder.kind, dueAt });
    if (dueAt.getTime() <= now.getTime()) isLaterOneDue = true;
  }
  return planned.reverse();
}

/**
 * When a proposal's respond-by reminder is due, or null for none. Only a respond-by window longer than the reminder's
 * lead gets one (a proposal answerable for less than a day is itself the reminder: its e-mail says until when), and
 * none once the respond-by has passed.
 */
export function respondByReminderTime(respondBy: Date, { occurredAt, now }: ReminderTiming): Date | null {
  if (respondBy.getTime() <= now.getTime()) return null;
  const dueAt = new Date(respondBy.getTime() - RESPOND_BY_REMINDER_MS);
  return dueAt.getTime() > occurredAt.getTime() ? dueAt : null;
}
