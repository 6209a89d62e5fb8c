import { firstNameOf } from '../../words/first-name-of';

export type ProposalMessageInput = {
  candidateName: string;
  recruiterName: string;
  jobTitle: string;
  companyName: string;
  /** The skills the candidate meets, strongest reasons first (must-haves before nice-to-haves). */
  matchedSkills: readonly string[];
};

/** "A", "A and B", "A, B and C". */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** How many matched skills the message names: enough to show it is personal, few enough to read at a glance. */
export const SKILLS_NAMED = 3;

/**
 * The friendly first message of a proposal, for the recruiter to edit before sending: it greets the candidate by
 * first name, names the role and the client, says which of their skills fit, and asks them to pick a time.
 */
export function composeProposalMessage(input: ProposalMessageInput): string {
  const job = input.jobTitle.trim();
  const company = input.companyName.trim();
  const skills = [...new Set(input.matchedSkills.map((skill) => skill.trim()).filter(Boolean))].slice(0, SKILLS_NAMED);
  const why =
    skills.length > 0
      ? `your ${listInWords(skills)} experience lines up well with what the team needs.`
      : 'your experience lines up well with what the team needs.';
  return [
    `Hi ${firstNameOf(input.candidateName)},`,
    `I think the ${job} role at ${company} could be a great next step for you: ${why}`,
    "I've suggested some interview times below. Pick the one that suits you best, or let me know if none of them work and I'll find others.",
    `Best regards,\n${firstNameOf(input.recruiterName)}`,
  ].join('\n\n');
}
