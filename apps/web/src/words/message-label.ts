import type { Party } from '../gql/graphql';

/**
 * How the candidate's pages label a message on record: "Your message" for one she wrote, "Message from <name>" for
 * one the recruiter or the client wrote to her, so a message is never put in the wrong mouth (B9).
 */
export function messageLabelForCandidate(writtenBy: Party | null | undefined, names: { recruiterName: string; companyName: string }): string {
  if (writtenBy === 'CANDIDATE') return 'Your message';
  if (writtenBy === 'CLIENT') return `Message from ${names.companyName}`;
  return `Message from ${names.recruiterName}`;
}
