import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ProposalStatus } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { formatDateTime } from '../../ui/format-date-time';

/**
 * A proposal's status in the candidate's list of proposals. It says who ended a rejected one ("Rejected by the
 * client") where the job's pipeline (words/proposal-status-in-words) says "Not selected".
 */
export const proposalStatusInWords = {
  PROPOSED: 'Proposed',
  ACCEPTED: 'Accepted',
  INTERVIEWING: 'Interviewing',
  OFFERED: 'Offered',
  HIRED: 'Hired',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  REJECTED: 'Rejected by the client',
  EXPIRED: 'Expired',
} as const satisfies Record<ProposalStatus, string>;

export const CandidateProposalRow_proposal = graphql(`
  fragment CandidateProposalRow_proposal on Proposal {
    id
    status
    createdAt
    job {
      id
      title
      clientCompany {
        name
      }
    }
  }
`);

/** One of the candidate's proposals: for which job, when, and where it stands. */
export function CandidateProposalRow({
  proposal,
  timeZone,
}: {
  proposal: FragmentType<typeof CandidateProposalRow_proposal>;
  /** The reader's own zone (from their account), not the browser's. */
  timeZone: string;
}) {
  const { data, complete } = useFragment({
    fragment: CandidateProposalRow_proposal,
    fragmentName: 'CandidateProposalRow_proposal',
    from: proposal,
  });
  if (!complete) return null;

  return (
    <li className="candidate-proposal">
      <Link href={`/recruiter/proposals/${encodeURIComponent(data.id)}`}>
        {data.job.title} at {data.job.clientCompany.name}
      </Link>
      <span className="candidate-proposal__when">Proposed {formatDateTime(data.createdAt, timeZone)}</span>
      <span className={`status status--${data.status.toLowerCase()}`}>{proposalStatusInWords[data.status]}</span>
    </li>
  );
}
