import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from '../../gql';
import { groupExplanation } from './group-explanation';
import { inYourWords } from './in-your-words';

export const ProposalExplanation_proposal = graphql(`
  fragment ProposalExplanation_proposal on Proposal {
    id
    match {
      score
      forwardScore
      reverseScore
      isBlocked
      blockers {
        code
        message
      }
      categories {
        name
        side
        score
        weight
        evidence
      }
    }
  }
`);

const outOf100 = (score: number) => `${Math.round(score)} out of 100`;

/** "Why you were proposed": the match as it was when the recruiter proposed them, in the candidate's words. */
export function ProposalExplanation({ proposal }: { proposal: FragmentType<typeof ProposalExplanation_proposal> }) {
  const headingId = useId();
  const { data, complete } = useFragment({
    fragment: ProposalExplanation_proposal,
    fragmentName: 'ProposalExplanation_proposal',
    from: proposal,
  });
  if (!complete) return null;
  const { match } = data;
  const { matched, missing, preferences } = groupExplanation(match.categories);

  return (
    <section aria-labelledby={headingId} className="card explanation">
      <h2 id={headingId}>Why you were proposed</h2>
      <p className="explanation__score">
        Match score: <strong>{outOf100(match.score)}</strong>
      </p>
      <ul className="explanation__sides">
        <li>How well you meet the job: {outOf100(match.forwardScore)}</li>
        <li>How well the job meets your preferences: {outOf100(match.reverseScore)}</li>
      </ul>

      {match.blockers.length > 0 && (
        <div className="explanation__blockers">
          <h3>Worth knowing first</h3>
          <ul>
            {match.blockers.map((blocker) => (
              <li key={blocker.code + blocker.message}>{inYourWords(blocker.message)}</li>
            ))}
          </ul>
        </div>
      )}

      <h3>What matched</h3>
      {matched.length > 0 ? (
        <ul className="explanation__list explanation__list--matched">
          {matched.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      ) : (
        <p className="explanation__none">Nothing matched in full.</p>
      )}

      <h3>What is missing</h3>
      {missing.length > 0 ? (
        <ul className="explanation__list explanation__list--missing">
          {missing.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      ) : (
        <p className="explanation__none">Nothing: you meet everything the job asks for.</p>
      )}

      <h3>How the job meets your preferences</h3>
      {preferences.length > 0 ? (
        <ul className="explanation__list">
          {preferences.map((preference, index) => (
            <li key={`${preference.name}-${index}`}>
              <strong>{preference.name}</strong>{' '}
              <span className={`chip chip--${preference.fit === 'Fits' ? 'matched' : preference.fit === 'Partly fits' ? 'partial' : 'missing'}`}>
                {preference.fit}
              </span>{' '}
              {preference.evidence.join(' ')}
            </li>
          ))}
        </ul>
      ) : (
        <p className="explanation__none">The match did not weigh your preferences.</p>
      )}
    </section>
  );
}
