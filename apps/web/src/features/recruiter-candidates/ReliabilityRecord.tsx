import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { describeReliability } from './describe-reliability';

export const ReliabilityRecord_candidate = graphql(`
  fragment ReliabilityRecord_candidate on Candidate {
    id
    reliability {
      proposalsAnswered
      proposalsExpired
      responseRate
      medianResponseHours
      cancellations
      lateCancellations
      medianNoticeHours
      noShows
      noShowsContested
    }
  }
`);

/** How the candidate has dealt with proposals and interviews so far, in plain sentences. */
export function ReliabilityRecord({ candidate }: { candidate: FragmentType<typeof ReliabilityRecord_candidate> }) {
  const { data, complete } = useFragment({
    fragment: ReliabilityRecord_candidate,
    fragmentName: 'ReliabilityRecord_candidate',
    from: candidate,
  });
  if (!complete) return null;

  return (
    <section className="card candidate-section" aria-labelledby="candidate-reliability">
      <h2 id="candidate-reliability">Reliability record</h2>
      {data.reliability === null ? (
        <p className="candidate-section__empty">The record could not be loaded just now.</p>
      ) : (
        <>
          <ul className="reliability">
            {describeReliability(data.reliability).map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <p className="field__hint">
            Only what the candidate did counts: cancellations by your side or the client's, and proposals withdrawn
            before an answer, are left out.
          </p>
        </>
      )}
    </section>
  );
}
