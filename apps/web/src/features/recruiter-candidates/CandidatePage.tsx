import { useQuery } from '@apollo/client/react';
import { effectiveProposalStatus, isOpenProposal } from '@shortlist/domain/interviews';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { browserTimeZone } from '../../ui/format-date-time';
import { LoadError, PageLoading, PageNotFound } from '../../ui/LoadError';
import { useNow } from '../../ui/use-now';
import { CandidateProfile } from './CandidateProfile';
import { CandidateProposalRow } from './CandidateProposals';
import './recruiter-candidates.css';
import { PossibleDuplicates } from './PossibleDuplicates';
import { ReliabilityRecord } from './ReliabilityRecord';
import { SuggestedJobs, type EarlierProposal } from './SuggestedJobs';

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
      ...PossibleDuplicates_candidate
    }
    proposals(first: $proposalsShown, filter: { candidateId: $candidateId }) {
      edges {
        node {
          id
          status
          respondBy
          closedAt
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

type ProposalForJob = { status: EarlierProposal['status']; respondBy: string; closedAt: string | null; job: { id: string } };

/**
 * Per job: the candidate's open proposal for it if any, else their latest closed one (the list is newest first). A
 * proposal past its respond-by counts as expired even before the server marks it.
 */
function proposalsByJob(edges: ReadonlyArray<{ node: ProposalForJob }>, now: Date): Map<string, EarlierProposal> {
  const byJob = new Map<string, EarlierProposal>();
  for (const { node } of edges) {
    const status = effectiveProposalStatus({ status: node.status, respondBy: new Date(node.respondBy) }, now);
    const isOpen = isOpenProposal(status);
    const known = byJob.get(node.job.id);
    if (known && (known.isOpen || !isOpen)) continue;
    byJob.set(node.job.id, { status, isOpen, closedAt: status === 'EXPIRED' ? (node.closedAt ?? node.respondBy) : node.closedAt });
  }
  return byJob;
}

/** One candidate, as their recruiter sees them: profile, reliability record, proposals and suggested jobs. */
export default function CandidatePage({ params }: PageProps) {
  const candidateId = params.candidateId ?? '';
  const now = useNow();
  const { data, error, refetch } = useQuery(CandidatePage_Query, {
    variables: { candidateId, proposalsShown: CANDIDATE_PROPOSALS_SHOWN },
    // Their proposals and reliability change with every answer and proposal: show the cache, then the latest.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
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
      <PageNotFound title="Candidate not found" back={{ href: '/recruiter/candidates', label: 'Back to your candidates' }}>
        <strong>This candidate does not exist, or is not one of your agency's.</strong>
      </PageNotFound>
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
          <PossibleDuplicates candidate={candidate} onMerged={retry} />
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

          <SuggestedJobs candidate={candidate} proposalsByJob={proposalsByJob(proposals.edges, now)} timeZone={timeZone} />
        </div>
      </div>
    </main>
  );
}
