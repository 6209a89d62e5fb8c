import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { browserTimeZone } from '../../ui/format-date-time';
import { LoadError, PageLoading } from '../../ui/LoadError';
import { CandidateProfile } from './CandidateProfile';
import { CandidateProposalRow } from './CandidateProposals';
import './recruiter-candidates.css';
import { ReliabilityRecord } from './ReliabilityRecord';
import { SuggestedJobs } from './SuggestedJobs';

export const CANDIDATE_PROPOSALS_SHOWN = 50;

export const CandidatePage_Query = graphql(`
  query CandidatePage_Query($candidateId: ID!, $proposalsShown: Int!) {
    me {
      id
      timeZone
    }
    candidate(id: $candidateId) {
      id
      fullName
      headline
      ...CandidateProfile_candidate
      ...ReliabilityRecord_candidate
      ...SuggestedJobs_candidate
    }
    proposals(first: $proposalsShown, filter: { candidateId: $candidateId }) {
      edges {
        node {
          id
          job {
            id
          }
          ...CandidateProposalRow_proposal
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** One candidate, as their recruiter sees them: profile, reliability record, proposals and suggested jobs. */
export default function CandidatePage({ params }: PageProps) {
  const candidateId = params.candidateId ?? '';
  const { data, error, refetch } = useQuery(CandidatePage_Query, {
    variables: { candidateId, proposalsShown: CANDIDATE_PROPOSALS_SHOWN },
    // Show what did load when one part (e.g. the suggestions) fails.
    errorPolicy: 'all',
  });
  const retry = () => {
    refetch().catch(() => {});
  };

  if (!data || (!data.candidate && error)) {
    return (
      <PageLoading title="Candidate" what="this candidate" error={error} onRetry={retry}>
        Loading the candidate…
      </PageLoading>
    );
  }

  const { candidate, proposals } = data;
  // Times read in the recruiter's own zone (their account's), whatever the browser's zone is.
  const timeZone = data.me?.timeZone ?? browserTimeZone();
  if (!candidate) {
    return (
      <main id="main" className="page">
        <header className="page__header">
          <h1>Candidate not found</h1>
        </header>
        <div className="notice" role="status">
          <p>
            <strong>This candidate does not exist, or is not one of your agency's.</strong>
          </p>
          <p>
            <Link href="/recruiter/candidates">Back to your candidates</Link>
          </p>
        </div>
      </main>
    );
  }

  return (
    <main id="main" className="page candidate-page">
      <header className="page__header">
        <p className="candidate-page__back">
          <Link href="/recruiter/candidates">All candidates</Link>
        </p>
        <h1>{candidate.fullName}</h1>
        {candidate.headline && <p className="page__lede">{candidate.headline}</p>}
      </header>

      {/* Part of the page may fail (e.g. suggestions) while the rest loads: say so without hiding the rest. */}
      {error && <LoadError what="all of this page" error={error} onRetry={retry} />}

      <div className="candidate-page__columns">
        <div className="candidate-page__main">
          <CandidateProfile candidate={candidate} />
        </div>
        <div className="candidate-page__side">
          <ReliabilityRecord candidate={candidate} />

          <section className="card candidate-section" aria-labelledby="candidate-proposals">
            <h2 id="candidate-proposals">Proposals</h2>
            {proposals.edges.length === 0 ? (
              <p className="candidate-section__empty">Not proposed for any job yet.</p>
            ) : (
              <>
                <ul className="candidate-proposals">
                  {proposals.edges.map(({ node }) => (
                    <CandidateProposalRow key={node.id} proposal={node} timeZone={timeZone} />
                  ))}
                </ul>
                {proposals.pageInfo.hasNextPage && (
                  <p className="field__hint">The {CANDIDATE_PROPOSALS_SHOWN} most recent proposals are shown.</p>
                )}
              </>
            )}
          </section>

          <SuggestedJobs candidate={candidate} proposedJobIds={new Set(proposals.edges.map(({ node }) => node.job.id))} />
        </div>
      </div>
    </main>
  );
}
