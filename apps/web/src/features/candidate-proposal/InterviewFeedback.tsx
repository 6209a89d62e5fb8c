import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { formatDateTime } from '../../ui/format-date-time';

export const InterviewFeedback_interview = graphql(`
  fragment InterviewFeedback_interview on Interview {
    id
    canReflect
    reflection {
      id
    }
    clientFeedback {
      text
      passedOnAt
    }
  }
`);

/** Under one of the candidate's interviews on the proposal: the client's feedback once passed on, and their reflection. */
export function InterviewFeedback({ interview, companyName, timeZone }: { interview: FragmentType<typeof InterviewFeedback_interview>; companyName: string; timeZone: string }) {
  const { data, complete } = useFragment({ fragment: InterviewFeedback_interview, fragmentName: 'InterviewFeedback_interview', from: interview });
  if (!complete || (!data.clientFeedback && !data.canReflect)) return null;
  return (
    <div className="interview-feedback">
      {data.clientFeedback && (
        <>
          <p className="interview-feedback__label">
            Feedback from {companyName}, {formatDateTime(data.clientFeedback.passedOnAt, timeZone)}
          </p>
          <blockquote className="quoted-message">{data.clientFeedback.text}</blockquote>
        </>
      )}
      {data.canReflect && (
        <Link href={`/me/interviews/${encodeURIComponent(data.id)}/reflection`}>{data.reflection ? 'Your reflection' : 'How did it go? Write it down'}</Link>
      )}
    </div>
  );
}
