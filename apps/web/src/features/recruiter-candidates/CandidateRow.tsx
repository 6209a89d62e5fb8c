import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { describePlace } from '../../words/describe-place';

export const CandidateRow_candidate = graphql(`
  fragment CandidateRow_candidate on Candidate {
    id
    fullName
    headline
    city
    country
    timeZone
  }
`);

/** One candidate of the agency: who, what they do, where and in which time zone. */
export function CandidateRow({ candidate }: { candidate: FragmentType<typeof CandidateRow_candidate> }) {
  const { data, complete } = useFragment({
    fragment: CandidateRow_candidate,
    fragmentName: 'CandidateRow_candidate',
    from: candidate,
  });
  if (!complete) return null;

  return (
    <li className="candidate-row">
      <div className="candidate-row__who">
        <Link href={`/recruiter/candidates/${encodeURIComponent(data.id)}`} className="candidate-row__name">
          {data.fullName}
        </Link>
        {data.headline && <span className="candidate-row__headline">{data.headline}</span>}
      </div>
      <span className="candidate-row__where">{describePlace(data.city, data.country)}</span>
      <span className="candidate-row__zone">{data.timeZone}</span>
    </li>
  );
}
