import type { LifecycleError } from '@shortlist/domain/interviews';
import { InvalidTransitionError, NotAllowedError } from '../errors/errors.ts';

/** The domain's refusal as the typed GraphQL error a client switches on. */
export function refuseTransition(error: LifecycleError, currentStatus: string): NotAllowedError | InvalidTransitionError {
  return error.code === 'NOT_ALLOWED' ? new NotAllowedError(error.message) : new InvalidTransitionError(error.message, currentStatus);
}

const STATUS_WORDS: Record<string, string> = {
  PROPOSED: 'awaiting an answer',
  ACCEPTED: 'accepted',
  INTERVIEWING: 'in interviews',
  OFFERED: 'offered',
  HIRED: 'a hire',
  DECLINED: 'declined',
  WITHDRAWN: 'withdrawn',
  REJECTED: 'rejected',
  EXPIRED: 'expired',
  SCHEDULED: 'scheduled',
  COMPLETED: 'completed',
  CANCELLED: 'cancelled',
  NEEDS_RESCHEDULING: 'waiting for a new time',
  NO_SHOW: 'a no-show',
};

/** The loser of a race: the guarded write matched no row because someone else moved the object first. */
export function alreadyChanged(what: 'proposal' | 'interview', currentStatus: string): InvalidTransitionError {
  return new InvalidTransitionError(
    `Someone else changed this ${what} a moment ago; it is now ${STATUS_WORDS[currentStatus] ?? currentStatus.toLowerCase()}.`,
    currentStatus,
  );
}
