import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { isOpenProposal } from '@shortlist/domain/interviews';
import { useEffect, useId, useState } from 'react';
import { graphql } from '../../gql';
import type { RecruiterJobPage_QueryQuery } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { navigate } from '../../routes/navigate';
import type { PageProps } from '../../routes/routes';
import { setFlashNotice, takeFlashNotice } from '../../ui/flash-notice';
import { LoadError, PageLoading, PageNotFound } from '../../ui/LoadError';
import { ShowMoreButton } from '../../ui/ShowMoreButton';
import { newNotice, SuccessNotice, type Notice } from '../../ui/SuccessNotice';
import { describePlace } from '../../words/describe-place';
import { describeRemotePolicy } from '../../words/describe-remote-policy';
import { formatSalaryBand } from '../../words/format-salary-band';
import { jobStatusInWords } from '../../words/job-status-in-words';
import type { JobClosingOutcome } from '../../gql/graphql';
import { CLOSING_WORDS } from './closing-words';
import { JobDescription } from './JobDescription';
import { PIPELINE_PAGE_SIZE, PipelineBoard, type PipelineView } from './PipelineBoard';
import { BulkProposeDialog, CloseJobDialog, ProposeDialog } from './lazy-job-dialogs';
import './recruiter-job.css';
import { SuggestionsTable, type ExistingProposal } from './SuggestionsTable';
import { useSearch } from '../../routes/use-search';
import { useNow } from '../../ui/use-now';

// Matches have no id, so their fragments are unmasked here and handed to the card and dialog as plain data.
export const RecruiterJobPage_Query = graphql(`
  query RecruiterJobPage_Query($id: ID!, $first: Int!, $after: String, $filter: MatchFilter, $pipelineSize: Int!) {
    me {
      id
      name
      timeZone
      ...ProposeDialog_viewer
      ...PipelineBoard_viewer
    }
    job(id: $id) {
      id
      title
      status
      city
      country
      remotePolicy
      salary {
        min
        max
        currency
      }
      clientCompany {
        name
      }
      ...PipelineBoard_job
      ...JobDescription_job
      ...ProposeDialog_job
      proposals(first: $pipelineSize) {
        edges {
          node {
            id
            status
            candidate {
              id
            }
          }
        }
      }
      suggestedCandidates(first: $first, after: $after, filter: $filter) {
        edges {
          cursor
          node {
            candidate {
              id
            }
            ...SuggestionsTable_match @unmask
            ...ProposeDialog_match @unmask
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const SUGGESTIONS_PAGE_SIZE = 10;
export const MIN_SCORE_OPTIONS = [0, 50, 60, 70, 80] as const;

type Job = NonNullable<RecruiterJobPage_QueryQuery['job']>;
type Suggestion = NonNullable<Job['suggestedCandidates']>['edges'][number]['node'];

/** Per candidate: their open proposal for this job if any, else their latest one (the list is newest first). */
function proposalsByCandidate(job: Job): Map<string, ExistingProposal> {
  const byCandidate = new Map<string, ExistingProposal>();
  for (const { node } of job.proposals?.edges ?? []) {
    const candidateId = node.candidate?.id;
    if (!candidateId) continue;
    const isOpen = isOpenProposal(node.status);
    const known = byCandidate.get(candidateId);
    if (!known || (isOpen && !known.isOpen)) byCandidate.set(candidateId, { id: node.id, status: node.status, isOpen });
  }
  return byCandidate;
}

export default function RecruiterJobPage({ params }: PageProps) {
  const jobId = params.jobId ?? '';
  const [hideBlocked, setHideBlocked] = useState(false);
  const [minScore, setMinScore] = useState(0);
  const [proposing, setProposing] = useState<Suggestion | null>(null);
  const [closing, setClosing] = useState<JobClosingOutcome | null>(null);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const [isBulkProposing, setIsBulkProposing] = useState(false);
  const now = useNow();
  // Board or list, kept in the address so a reload or a shared link shows the same view.
  const view: PipelineView = new URLSearchParams(useSearch()).get('view') === 'list' ? 'list' : 'board';
  function changeView(next: PipelineView) {
    const search = new URLSearchParams(window.location.search);
    if (next === 'board') search.delete('view');
    else search.set('view', next);
    const query = search.toString();
    navigate(`${window.location.pathname}${query ? `?${query}` : ''}`, { replace: true });
  }
  const filterId = useId();
  const [notice, setNotice] = useState<Notice | null>(null);

  // "Changes saved." from the job form that led here, shown (and focused) once.
  useEffect(() => {
    const flash = takeFlashNotice();
    if (flash) setNotice(newNotice(flash));
  }, []);

  const filter = { ...(hideBlocked ? { excludeBlocked: true } : {}), ...(minScore > 0 ? { minScore } : {}) };
  const { data, previousData, loading, error, networkStatus, refetch, fetchMore } = useQuery(RecruiterJobPage_Query, {
    variables: { id: jobId, first: SUGGESTIONS_PAGE_SIZE, filter, pipelineSize: PIPELINE_PAGE_SIZE },
    // The pipeline changes all day (answers, proposals from colleagues): show the cache at once, then refresh it.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });

  // While a new filter loads, keep this job's last results on screen rather than flashing a spinner.
  const shown = data ?? (previousData?.job?.id === jobId ? previousData : undefined);
  const job = shown?.job;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const isRefiltering = loading && !isLoadingMore && data === undefined && shown !== undefined;

  function retry() {
    refetch().catch(() => {});
  }

  if (!shown) {
    return (
      <PageLoading title="Job" what="this job" error={error} onRetry={retry}>
        Loading the job…
      </PageLoading>
    );
  }
  if (!job) {
    return (
      <PageNotFound title="Job not found" back={{ href: '/recruiter', label: 'Back to your jobs' }}>
        This job does not exist, or it belongs to another agency.
      </PageNotFound>
    );
  }

  const suggestions = job.suggestedCandidates;
  const existing = proposalsByCandidate(job);
  const hasFilter = hideBlocked || minScore > 0;
  const selectedSuggestions = (suggestions?.edges ?? [])
    .map(({ node }) => node)
    .filter((node) => selectedIds.has(node.candidate.id) && !existing.get(node.candidate.id)?.isOpen);
  // A draft was never published, so it can be closed but not filled; a filled or closed job is final.
  const closingOutcomes: JobClosingOutcome[] =
    job.status === 'OPEN' || job.status === 'ON_HOLD' ? ['FILLED', 'CLOSED'] : job.status === 'DRAFT' ? ['CLOSED'] : [];

  function showMore() {
    const after = suggestions?.pageInfo.endCursor;
    if (!after) return;
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => {
        const before = previous.job?.suggestedCandidates;
        const more = fetchMoreResult.job?.suggestedCandidates;
        if (!previous.job || !before || !more) return previous;
        return { ...previous, job: { ...previous.job, suggestedCandidates: { ...more, edges: [...before.edges, ...more.edges] } } };
      },
      // A failed page shows through `error`; the rejected promise needs no second report.
    }).catch(() => {});
  }

  return (
    <main id="main" className="page recruiter-job">
      <header className="page__header">
        <p className="page__back">
          <Link href="/recruiter">← Your jobs</Link>
        </p>
        <h1>{job.title}</h1>
        <p className="page__lede">
          {job.clientCompany.name} <span className={`status status--${job.status.toLowerCase()}`}>{jobStatusInWords[job.status]}</span>
        </p>
        <ul className="recruiter-job__facts" aria-label="About the job">
          <li>{describePlace(job.city, job.country)}</li>
          <li>{describeRemotePolicy(job.remotePolicy)}</li>
          <li>{formatSalaryBand(job.salary)}</li>
        </ul>
        <p>
          <Link href={`/recruiter/jobs/${encodeURIComponent(job.id)}/edit`} className="button button--secondary">
            Edit job
          </Link>
          {/* Filling or closing tells the candidates still in the pipeline: the dialog shows whom, and what, first. */}
          {closingOutcomes.map((outcome) => (
            <button key={outcome} type="button" className="button button--secondary" onClick={() => setClosing(outcome)}>
              {CLOSING_WORDS[outcome].open}
            </button>
          ))}
        </p>
      </header>

      <SuccessNotice notice={notice} />
      {error && <LoadError what="the latest state of this job" error={error} onRetry={retry} />}
      {job.status !== 'OPEN' && (
        <p className="notice">
          This job is {jobStatusInWords[job.status].toLowerCase()}: candidates can be proposed once it is open.
        </p>
      )}

      <JobDescription job={job} />

      {shown.me && <PipelineBoard job={job} viewer={shown.me} view={view} onViewChange={changeView} onChanged={retry} />}

      <section className="suggestions" aria-labelledby="suggestions-heading" aria-busy={loading}>
        <h2 id="suggestions-heading">Suggested candidates</h2>
        <p className="section__lede">Your agency’s candidates ranked for this job, best first; those with a blocker come last.</p>

        <form className="suggestions__filter" aria-label="Filter suggestions" onSubmit={(event) => event.preventDefault()}>
          <label className="checkbox">
            <input type="checkbox" checked={hideBlocked} onChange={(event) => setHideBlocked(event.target.checked)} />
            Hide candidates with a blocker
          </label>
          <div className="field suggestions__min-score">
            <label htmlFor={`${filterId}-min-score`}>Minimum score</label>
            <select id={`${filterId}-min-score`} value={minScore} onChange={(event) => setMinScore(Number(event.target.value))}>
              {MIN_SCORE_OPTIONS.map((score) => (
                <option key={score} value={score}>
                  {score === 0 ? 'Any score' : `${score} or more`}
                </option>
              ))}
            </select>
          </div>
        </form>

        {!suggestions ? (
          <p className="notice">Suggestions are shown to the agency’s recruiters only.</p>
        ) : suggestions.edges.length === 0 ? (
          <div className="notice" role="status">
            {hasFilter ? (
              <p>
                <strong>No candidates match these filters.</strong> Try a lower minimum score or show candidates with a
                blocker.
              </p>
            ) : (
              <p>
                <strong>No candidates to suggest yet.</strong>{' '}
                <Link href="/recruiter/candidates/new">Register a candidate</Link> and they are ranked here.
              </p>
            )}
          </div>
        ) : (
          <>
            {selectedSuggestions.length > 0 && (
              <div className="bulk-bar" role="region" aria-label="Selected suggestions">
                <p>
                  <strong>{selectedSuggestions.length} selected</strong>
                </p>
                <button type="button" className="button" onClick={() => setIsBulkProposing(true)}>
                  Propose {selectedSuggestions.length}
                </button>
                <button type="button" className="button button--quiet" onClick={() => setSelectedIds(new Set())}>
                  Clear selection
                </button>
              </div>
            )}
            <SuggestionsTable
              rows={suggestions.edges.map(({ node }) => node)}
              job={job}
              existing={existing}
              selected={selectedIds}
              onSelect={(candidateIds, isOn) =>
                setSelectedIds((current) => {
                  const next = new Set(current);
                  for (const candidateId of candidateIds) {
                    if (isOn) next.add(candidateId);
                    else next.delete(candidateId);
                  }
                  return next;
                })
              }
              onPropose={(candidateId) => setProposing(suggestions.edges.find(({ node }) => node.candidate.id === candidateId)?.node ?? null)}
              isStale={isRefiltering}
              now={now}
            />
            {suggestions.pageInfo.hasNextPage && (
              <ShowMoreButton isLoading={isLoadingMore} onClick={showMore} />
            )}
          </>
        )}
      </section>

      {closing && (
        <CloseJobDialog
          job={job}
          outcome={closing}
          onClose={() => setClosing(null)}
          onStale={retry}
          onClosed={({ told }) => {
            setClosing(null);
            const who = told === 0 ? 'nobody was in the pipeline.' : `${told === 1 ? 'the candidate was' : `${told} candidates were`} told.`;
            setNotice(newNotice(`Job ${CLOSING_WORDS[closing].done}; ${who}`));
            retry();
          }}
        />
      )}

      {isBulkProposing && shown.me && (
        <BulkProposeDialog
          job={{ id: job.id, title: job.title, clientCompany: job.clientCompany }}
          viewer={shown.me}
          matches={selectedSuggestions}
          onClose={(proposedIds) => {
            setIsBulkProposing(false);
            if (proposedIds.length === 0) return;
            setSelectedIds((current) => new Set([...current].filter((candidateId) => !proposedIds.includes(candidateId))));
            setNotice(newNotice(`${proposedIds.length} ${proposedIds.length === 1 ? 'candidate' : 'candidates'} proposed: they are in the Proposed column.`));
            retry();
          }}
        />
      )}

      {proposing && shown.me && (
        <ProposeDialog
          job={job}
          viewer={shown.me}
          match={proposing}
          onClose={() => setProposing(null)}
          onStale={retry}
          onProposed={({ id, candidateName }) => {
            setFlashNotice(`Proposal sent to ${candidateName}. They can answer until the respond-by date.`);
            navigate(`/recruiter/proposals/${encodeURIComponent(id)}`);
          }}
        />
      )}
    </main>
  );
}
