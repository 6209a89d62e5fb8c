import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { describeMeetingTime } from '../../words/describe-meeting-time';
import { interviewFormatInCandidateWords } from '../../words/interview-format-in-words';
import { interviewStatusInCandidateWords } from '../../words/interview-status-in-words';

export const UpcomingInterviewItem_interview = graphql(`
  fragment UpcomingInterviewItem_interview on Interview {
    id
    startsAt
    endsAt
    timeZone
    format
    status
    rescheduleRequest {
      by
    }
    proposal {
      id
      job {
        id
        title
        clientCompany {
          name
        }
      }
    }
  }
`);

/** One upcoming interview on the candidate's home: when (in their zone), how, and a link to it. */
export function UpcomingInterviewItem({
  interview,
  timeZone,
}: {
  interview: FragmentType<typeof UpcomingInterviewItem_interview>;
  timeZone: string;
}) {
  const { data, complete } = useFragment({
    fragment: UpcomingInterviewItem_interview,
    fragmentName: 'UpcomingInterviewItem_interview',
    from: interview,
  });
  if (!complete) return null;
  const time = describeMeetingTime(data, timeZone);

  return (
    <li className="row-list__item proposal-item">
      <span className="proposal-item__main">
        <Link href={`/me/interviews/${encodeURIComponent(data.id)}`} className="row-list__title">
          Interview for {data.proposal.job.title}
        </Link>
        <span className="row-list__meta">{data.proposal.job.clientCompany.name}</span>
      </span>
      <span className="proposal-item__next">
        {time.inYourZone}, {time.duration} · {interviewFormatInCandidateWords[data.format]}
        {time.inItsZone && <span className="proposal-item__zone">Set as {time.inItsZone}</span>}
        {data.rescheduleRequest && (
          <span className="proposal-item__zone">
            {data.rescheduleRequest.by === 'CANDIDATE' ? 'You asked for a new time' : 'A new time has been asked for'}
          </span>
        )}
      </span>
      <span className={`status status--${data.status.toLowerCase()}`}>{interviewStatusInCandidateWords[data.status]}</span>
    </li>
  );
}
