import { describeActors } from './describe-actors.ts';
import type { InterviewStatus, LifecycleError, Party } from './types.ts';

export type NoShowContestErrorCode = 'INVALID_TRANSITION' | 'NOT_ALLOWED' | 'ALREADY_CONTESTED';

/**
 * Whether `party` may contest this interview's no-show: only a NO_SHOW, only by the side it holds absent (a
 * candidate contests a candidate no-show, the agency a recruiter no-show, the client's system a client no-show),
 * and only once. Never throws.
 */
export function decideNoShowContest(
  interview: { status: InterviewStatus; noShowParty: Party | null; noShowContestedAt: Date | null },
  party: Party,
): { ok: true } | { ok: false; error: LifecycleError<NoShowContestErrorCode> } {
  if (interview.status !== 'NO_SHOW' || !interview.noShowParty) {
    return { ok: false, error: { code: 'INVALID_TRANSITION', message: 'Only a recorded no-show can be contested.' } };
  }
  if (interview.noShowParty !== party) {
    return {
      ok: false,
      error: { code: 'NOT_ALLOWED', message: `This no-show holds ${describeActors([interview.noShowParty])} absent; only they can contest it.` },
    };
  }
  if (interview.noShowContestedAt) {
    return { ok: false, error: { code: 'ALREADY_CONTESTED', message: 'This no-show has already been contested; a no-show is contested once.' } };
  }
  return { ok: true };
}
