import type { CancellationReason } from '@shortlist/domain/interviews';
import { firstNameOf } from '../../words/first-name-of';

/** Why, in the recruiter's words to the candidate; the reasons that mean "a new time" promise one. */
const REASONS: Record<CancellationReason, string> = {
  INTERVIEWER_UNAVAILABLE: "The interviewer is no longer available at that time, so I'll be in touch with new times shortly.",
  SCHEDULE_CONFLICT: "A conflict has come up on the team's side, so I'll be in touch with new times shortly.",
  ILLNESS_OR_EMERGENCY: "Something urgent has come up on the team's side, so I'll be in touch with new times shortly.",
  POSITION_FILLED: 'The position has now been filled, so the interview will not go ahead.',
  POSITION_CANCELLED: 'The company has decided not to go ahead with the role, so the interview will not go ahead.',
  ACCEPTED_ANOTHER_OFFER: "As you've accepted another offer, I'm cancelling the interview so it doesn't stay in your calendar. Congratulations!",
  NO_LONGER_INTERESTED: "As you're no longer interested in the role, I'm cancelling the interview so it doesn't stay in your calendar.",
  OTHER: "I'll be in touch about what happens next.",
};

/**
 * The recruiter's default message when they cancel an interview, for them to edit: an apology, which interview
 * (its time as the candidate reads it), why, and what happens next.
 */
export function composeCancelMessage(input: {
  reason: CancellationReason;
  candidateName: string;
  recruiterName: string;
  jobTitle: string;
  companyName: string;
  /** The interview's start in the candidate's zone, e.g. "Tue 1 Dec, 11:00 (Europe/Berlin)". */
  when: string;
}): string {
  return [
    `Hi ${firstNameOf(input.candidateName)},`,
    `I'm sorry, but I need to cancel your interview for the ${input.jobTitle.trim()} role at ${input.companyName.trim()} on ${input.when}. ${REASONS[input.reason]}`,
    `Best regards,\n${firstNameOf(input.recruiterName)}`,
  ].join('\n\n');
}
