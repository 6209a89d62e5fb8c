import { describeActors } from './describe-actors.ts';
import { formatInZone } from './format-in-zone.ts';
import { formatMoment } from './format-moment.ts';
import type { Actor, InterviewStatus, LifecycleError, TransitionResult } from './types.ts';

export const INTERVIEW_EVENTS = ['complete', 'cancel', 'requestReschedule', 'reschedule', 'recordNoShow'] as const;
export type InterviewEvent = (typeof INTERVIEW_EVENTS)[number];

export const DEFAULT_NO_SHOW_GRACE_MINUTES = 15;

/**
 * BEFORE_START: strictly before the start. AFTER_START: at or after the start.
 * AFTER_GRACE: at or after start + the no-show grace minutes.
 * NOT_REPLACED: while no new interview replaces this one (a request for a new time still pending).
 */
export type InterviewTiming = 'BEFORE_START' | 'AFTER_START' | 'AFTER_GRACE' | 'NOT_REPLACED';
export type InterviewRule = {
  readonly to: InterviewStatus;
  readonly actors: readonly Actor[];
  readonly when?: InterviewTiming;
};
type InterviewTable = { readonly [S in InterviewStatus]: { readonly [E in InterviewEvent]?: InterviewRule } };

/**
 * Every allowed interview transition. `reschedule` leaves *this* interview in NEEDS_RESCHEDULING; the caller
 * creates the new SCHEDULED interview and links the two.
 */
export const INTERVIEW_TRANSITIONS = {
  SCHEDULED: {
    complete: { to: 'COMPLETED', actors: ['RECRUITER', 'CLIENT'], when: 'AFTER_START' },
    cancel: { to: 'CANCELLED', actors: ['CANDIDATE', 'RECRUITER', 'CLIENT'], when: 'BEFORE_START' },
    requestReschedule: { to: 'NEEDS_RESCHEDULING', actors: ['CANDIDATE', 'RECRUITER', 'CLIENT'], when: 'BEFORE_START' },
    reschedule: { to: 'NEEDS_RESCHEDULING', actors: ['RECRUITER'], when: 'BEFORE_START' },
    recordNoShow: { to: 'NO_SHOW', actors: ['RECRUITER', 'CLIENT'], when: 'AFTER_GRACE' },
  },
  NEEDS_RESCHEDULING: {
    reschedule: { to: 'NEEDS_RESCHEDULING', actors: ['RECRUITER'] },
    // Waiting for a new time is no reason to be stuck: any side may still call it off (notice recorded as usual),
    // until the new time exists; then the new interview is the one to cancel.
    cancel: { to: 'CANCELLED', actors: ['CANDIDATE', 'RECRUITER', 'CLIENT'], when: 'NOT_REPLACED' },
  },
  COMPLETED: {},
  CANCELLED: {},
  NO_SHOW: {},
} as const satisfies InterviewTable;

export type InterviewTransitionErrorCode = 'INVALID_TRANSITION' | 'NOT_ALLOWED' | 'TOO_EARLY' | 'TOO_LATE';
export type InterviewTransitionResult = TransitionResult<InterviewStatus, InterviewTransitionErrorCode>;

/** Completes "An interview that …". */
const STATUS_PHRASES: Record<InterviewStatus, string> = {
  SCHEDULED: 'is scheduled',
  COMPLETED: 'is completed',
  CANCELLED: 'was cancelled',
  NEEDS_RESCHEDULING: 'needs a new time',
  NO_SHOW: 'was a no-show',
};

const EVENT_PHRASES: Record<InterviewEvent, { action: string; passive: string }> = {
  complete: { action: 'mark an interview completed', passive: 'be marked completed' },
  cancel: { action: 'cancel an interview', passive: 'be cancelled' },
  requestReschedule: { action: 'ask for a new time', passive: 'be moved to a new time' },
  reschedule: { action: 'reschedule an interview', passive: 'be rescheduled' },
  recordNoShow: { action: 'record a no-show', passive: 'have a no-show recorded' },
};

const TABLE: InterviewTable = INTERVIEW_TRANSITIONS;
const MINUTE_MS = 60_000;

function actorsEverAllowed(event: InterviewEvent): Actor[] {
  const actors = new Set<Actor>();
  for (const row of Object.values(TABLE)) for (const actor of row[event]?.actors ?? []) actors.add(actor);
  return [...actors];
}

const canRecordOutcome = (actor: Actor) =>
  TABLE.SCHEDULED.complete?.actors.includes(actor) || TABLE.SCHEDULED.recordNoShow?.actors.includes(actor);

const refuse = (code: InterviewTransitionErrorCode, message: string): InterviewTransitionResult => ({
  ok: false,
  error: { code, message } satisfies LifecycleError<InterviewTransitionErrorCode>,
});

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * Decides one interview transition. Never throws. Times in messages are shown in the interview's own time zone
 * (default UTC). The grace before a no-show can be recorded is agency policy (default 15 minutes). `hasReplacement`:
 * a new interview already replaces this one (it was moved). For `recordNoShow`, which party was absent is the caller's data to persist; this only decides whether it is time.
 */
export function transitionInterview(
  interview: { status: InterviewStatus; startsAt: Date; timeZone?: string; hasReplacement?: boolean },
  event: InterviewEvent,
  actor: Actor,
  context: { now: Date; noShowGraceMinutes?: number },
): InterviewTransitionResult {
  const phrases = EVENT_PHRASES[event];
  const row = Object.hasOwn(TABLE, interview.status) ? TABLE[interview.status] : undefined;
  if (!phrases || !row) return refuse('INVALID_TRANSITION', 'This action is not available for this interview.');

  const everAllowed = actorsEverAllowed(event);
  if (!everAllowed.includes(actor)) {
    return refuse('NOT_ALLOWED', `Only ${describeActors(everAllowed)} can ${phrases.action}.`);
  }
  const rule = Object.hasOwn(row, event) ? row[event] : undefined;
  if (!rule) {
    return refuse('INVALID_TRANSITION', `An interview that ${STATUS_PHRASES[interview.status]} cannot ${phrases.passive}.`);
  }
  if (!rule.actors.includes(actor)) {
    return refuse(
      'NOT_ALLOWED',
      `An interview that ${STATUS_PHRASES[interview.status]} can only ${phrases.passive} by ${describeActors(rule.actors)}.`,
    );
  }

  const timeZone = interview.timeZone ?? 'UTC';
  const now = context.now.getTime();
  const startsAt = interview.startsAt.getTime();
  if (rule.when === 'BEFORE_START' && !(now < startsAt)) {
    const instead = canRecordOutcome(actor)
      ? 'record a no-show or mark it completed instead.'
      : 'please contact your recruiter.';
    return refuse(
      'TOO_LATE',
      `This interview started at ${formatInZone(interview.startsAt, timeZone)} and can no longer ${phrases.passive}; ${instead}`,
    );
  }
  if (rule.when === 'AFTER_START' && !(now >= startsAt)) {
    return refuse(
      'TOO_EARLY',
      `This interview starts at ${formatMoment(interview.startsAt, timeZone, context.now)}; it can ${phrases.passive} once it has started.`,
    );
  }
  if (rule.when === 'NOT_REPLACED' && interview.hasReplacement) {
    return refuse('INVALID_TRANSITION', `This interview has moved to a new time and can no longer ${phrases.passive}; act on the new one instead.`);
  }
  if (rule.when === 'AFTER_GRACE') {
    const requested = context.noShowGraceMinutes ?? DEFAULT_NO_SHOW_GRACE_MINUTES;
    const graceMinutes = Number.isFinite(requested) ? Math.max(0, requested) : DEFAULT_NO_SHOW_GRACE_MINUTES;
    const recordableAt = new Date(startsAt + graceMinutes * MINUTE_MS);
    if (!(now >= recordableAt.getTime())) {
      const after = graceMinutes === 0 ? 'the start' : `${plural(graceMinutes, 'minute')} after the start`;
      const from = formatMoment(recordableAt, timeZone, context.now);
      // A full date already ends in "(zone)"; a second bracket would read badly.
      const when = from.endsWith(')') ? `${from}, ${after}` : `${from} (${after})`;
      return refuse('TOO_EARLY', `A no-show can be recorded from ${when}.`);
    }
  }
  return { ok: true, from: interview.status, to: rule.to };
}
