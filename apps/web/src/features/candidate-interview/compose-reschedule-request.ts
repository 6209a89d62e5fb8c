import { firstNameOf } from '../../words/first-name-of';

/**
 * A polite default note asking for a new interview time, for the candidate to edit. (The domain's polite messages
 * cover declines, withdrawals and cancellations; asking for a new time keeps the interview, so it reads differently.)
 */
export function composeRescheduleRequest(input: {
  candidateName: string;
  recruiterName: string;
  jobTitle: string;
  companyName: string;
}): string {
  const firstName = firstNameOf(input.recruiterName);
  return [
    `Hi ${firstName},`,
    `I'm sorry, but I can't make the interview for the ${input.jobTitle.trim()} role at ${input.companyName.trim()} at the time we set. I'm still very interested, and I'd be glad to find another time that suits the team.`,
    `Best regards,\n${input.candidateName.trim()}`,
  ].join('\n\n');
}
