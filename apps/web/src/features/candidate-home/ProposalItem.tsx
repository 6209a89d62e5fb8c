import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ProposalStatus } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { describeRespondBy } from '../../words/describe-respond-by';
import { proposalStatusInCandidateWords } from '../../words/proposal-status-in-words';

export const ProposalItem_proposal = graphql(`
  fragment ProposalItem_proposal on Proposal {
    id
    respondBy
    recruiterName
    job {
      id
      title
      clientCompany {
        name
      }
    }
  }
`);

type ProposalItemProps = {
  proposal: FragmentType<typeof ProposalItem_proposal>;
  /** The status now (a PROPOSED proposal past its respond-by reads EXPIRED). */
  status: ProposalStatus;
  timeZone: string;
  now: Date;
};

/** One proposal in a list on the candidate's home: a link named by the job title, the client, and what is next. */
export function ProposalItem({ proposal, status, timeZone, now }: ProposalItemProps) {
  const { data, complete } = useFragment({ fragment: ProposalItem_proposal, fragmentName: 'ProposalItem_proposal', from: proposal });
  if (!complete) return null;

  return (
    <li className="row-list__item proposal-item">
      <span className="proposal-item__main">
        <Link href={`/me/proposals/${encodeURIComponent(data.id)}`} className="row-list__title">
          {data.job.title}
        </Link>
        <span className="row-list__meta">
          {data.job.clientCompany.name} · proposed by {data.recruiterName}
        </span>
      </span>
      <span className="proposal-item__next">
        {status === 'PROPOSED' && describeRespondBy(data.respondBy, timeZone, now)}
        {status === 'OFFERED' && 'An offer is waiting for your answer'}
      </span>
      <span className={`status status--${status.toLowerCase()}`}>{proposalStatusInCandidateWords[status]}</span>
    </li>
  );
}
