import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from '../../gql';
import type { Party } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format-date-time';
import { messageLabelForCandidate } from '../../words/message-label';

export const CancellationRecord_interview = graphql(`
  fragment CancellationRecord_interview on Interview {
    id
    cancellation {
      at
      by
      isLate
      noticeDescription
      noticeGivenMinutes
      reason
      reasonLabel
      reasonText
      message
    }
    proposal {
      id
      recruiterName
      job {
        id
        clientCompany {
          name
        }
      }
    }
  }
`);

/** A cancelled interview as it was recorded: who, why, the message, and the notice given under the policy. */
export function CancellationRecord({ interview, timeZone }: { interview: FragmentType<typeof CancellationRecord_interview>; timeZone: string }) {
  const headingId = useId();
  const { data, complete } = useFragment({ fragment: CancellationRecord_interview, fragmentName: 'CancellationRecord_interview', from: interview });
  if (!complete || !data.cancellation) return null;
  const { cancellation, proposal } = data;
  const who: Record<Party, string> = { CANDIDATE: 'You', RECRUITER: proposal.recruiterName, CLIENT: proposal.job.clientCompany.name };

  return (
    <section aria-labelledby={headingId} className="card cancellation">
      <h2 id={headingId}>
        {cancellation.by ? `${who[cancellation.by]} cancelled this interview` : 'This interview was cancelled'}
        {cancellation.at && ` on ${formatDateTime(cancellation.at, timeZone)}`}
      </h2>
      <p className="cancellation__notice">
        {cancellation.isLate && <span className="chip chip--missing">Late notice</span>} {cancellation.noticeDescription}
      </p>
      <dl className="interview__facts">
        <dt>Reason</dt>
        <dd>
          {cancellation.reasonLabel}
          {cancellation.reasonText && `: ${cancellation.reasonText}`}
        </dd>
        {cancellation.message && (
          <>
            <dt>{messageLabelForCandidate(cancellation.by, { recruiterName: proposal.recruiterName, companyName: proposal.job.clientCompany.name })}</dt>
            <dd className="interview__message">{cancellation.message}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
