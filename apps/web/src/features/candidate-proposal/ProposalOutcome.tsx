import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from '../../gql';
import type { Party, ProposalStatus } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format-date-time';
import { messageLabelForCandidate } from '../../words/message-label';

export const ProposalOutcome_proposal = graphql(`
  fragment ProposalOutcome_proposal on Proposal {
    id
    status
    respondBy
    closedAt
    recruiterName
    job {
      id
      clientCompany {
        name
      }
    }
    decline {
      reasonLabel
      reasonText
      message
      isOpenToFutureRoles
      at
    }
    withdrawal {
      by
      reasonLabel
      reasonText
      message
      at
    }
    rejection {
      reasonLabel
      reasonText
      message
      at
    }
  }
`);

/** How a closed proposal ended, as it was recorded: the reason, the message, and when. */
export function ProposalOutcome({
  proposal,
  status,
  timeZone,
}: {
  proposal: FragmentType<typeof ProposalOutcome_proposal>;
  /** The status now, when it differs from the stored one (a proposal past its respond-by is expired). */
  status?: ProposalStatus;
  timeZone: string;
}) {
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: ProposalOutcome_proposal, fragmentName: 'ProposalOutcome_proposal', from: proposal });
  if (!complete) return null;
  const when = (iso: string | null | undefined) => (iso ? ` on ${formatDateTime(iso, timeZone)}` : '');
  const company = data.job.clientCompany.name;

  let title: string;
  let record: { reasonLabel: string; reasonText: string | null; message: string | null } | null = null;
  // Who wrote the message on record: hers when she declined or withdrew; the recruiter's (or the client's) otherwise.
  let writtenBy: Party | null = null;
  let extra: string | null = null;
  switch (status ?? data.status) {
    case 'DECLINED':
      title = `You declined${when(data.decline?.at ?? data.closedAt)}`;
      record = data.decline;
      writtenBy = 'CANDIDATE';
      if (data.decline?.isOpenToFutureRoles != null) {
        extra = data.decline.isOpenToFutureRoles
          ? `You said you are open to future roles at ${company}.`
          : `You said you would rather not hear about other roles at ${company}.`;
      }
      break;
    case 'WITHDRAWN':
      title =
        data.withdrawal?.by === 'CANDIDATE'
          ? `You withdrew${when(data.withdrawal.at ?? data.closedAt)}`
          : `${data.withdrawal?.by === 'CLIENT' ? company : data.recruiterName} withdrew this proposal${when(data.withdrawal?.at ?? data.closedAt)}`;
      record = data.withdrawal;
      writtenBy = data.withdrawal?.by ?? null;
      break;
    case 'REJECTED':
      title = `${company} decided not to move forward${when(data.rejection?.at ?? data.closedAt)}`;
      record = data.rejection;
      writtenBy = 'RECRUITER';
      break;
    case 'EXPIRED':
      title = 'This proposal expired';
      extra = `The respond-by time passed (${formatDateTime(data.respondBy, timeZone)}) without an answer.`;
      break;
    case 'HIRED':
      title = `You accepted the offer${when(data.closedAt)}`;
      extra = `Congratulations on joining ${company}.`;
      break;
    default:
      return null;
  }

  return (
    <section aria-labelledby={headingId} className="card outcome">
      <h2 id={headingId}>{title}</h2>
      {record && (
        <dl className="preview__facts">
          <dt>Reason</dt>
          <dd>
            {record.reasonLabel}
            {record.reasonText && `: ${record.reasonText}`}
          </dd>
          {record.message && (
            <>
              <dt>{messageLabelForCandidate(writtenBy, { recruiterName: data.recruiterName, companyName: company })}</dt>
              <dd className="preview__message">{record.message}</dd>
            </>
          )}
        </dl>
      )}
      {extra && <p>{extra}</p>}
    </section>
  );
}
