import type { Actor, LifecycleError } from './types.ts';

/**
 * One accepted offer at a time: a candidate hired through one proposal cannot be hired through another (accepted
 * in Shortlist or recorded by the agency). The refusal names the accepted offer and says what to do instead: the
 * candidate declines the other offer politely; the agency withdraws it. `hired` is the candidate's HIRED proposal
 * other than this one, or null; the answer is null when the hire may go ahead.
 */
export function refuseSecondHire(input: {
  actor: Actor;
  candidateName: string;
  hired: { jobTitle: string; companyName: string } | null;
}): LifecycleError<'ALREADY_HIRED'> | null {
  if (!input.hired) return null;
  const accepted = `${input.hired.companyName}'s offer for ${input.hired.jobTitle}`;
  const message =
    input.actor === 'CANDIDATE'
      ? `You have already accepted ${accepted}, so you cannot accept a second offer; decline this one instead, with a message to the recruiter.`
      : `${input.candidateName} has already accepted ${accepted}, so this offer cannot be recorded as a hire too; the candidate can decline it, or you can withdraw it.`;
  return { code: 'ALREADY_HIRED', message };
}
