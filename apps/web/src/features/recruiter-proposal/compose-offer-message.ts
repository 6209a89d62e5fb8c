import { firstNameOf } from '../../words/first-name-of';

/** The default note with an offer, for the recruiter to edit: the good news, the salary when known, next steps. */
export function composeOfferMessage(input: {
  candidateName: string;
  recruiterName: string;
  jobTitle: string;
  companyName: string;
  /** "£90,000 a year", or null when the offer has no figure yet. */
  salary: string | null;
}): string {
  const figure = input.salary ? ` The offer is ${input.salary}.` : '';
  return [
    `Hi ${firstNameOf(input.candidateName)},`,
    `Great news: ${input.companyName.trim()} would like to offer you the ${input.jobTitle.trim()} role!${figure}`,
    "Have a look and let me know if you have any questions; I'm happy to talk it through before you decide.",
    `Best regards,\n${firstNameOf(input.recruiterName)}`,
  ].join('\n\n');
}
