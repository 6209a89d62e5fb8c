const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name.trim();

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
    `Hi ${firstName(input.candidateName)},`,
    `Great news: ${input.companyName.trim()} would like to offer you the ${input.jobTitle.trim()} role!${figure}`,
    "Have a look and let me know if you have any questions; I'm happy to talk it through before you decide.",
    `Best regards,\n${firstName(input.recruiterName)}`,
  ].join('\n\n');
}
