import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from '../../gql';
import type { JobStatus } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { navigate } from '../../routes/navigate';
import { useSearch } from '../../routes/use-search';
import { LoadError, Loading } from '../../ui/LoadError';
import { ShowMoreButton } from '../../ui/ShowMoreButton';
import { useSearchDraft } from '../../ui/use-search-draft';
import { jobStatusInWords } from '../../words/job-status-in-words';
import { AgencyReliabilityRecord } from '../agency-reliability/AgencyReliabilityRecord';
import { JobRow } from './JobRow';
import { jobsFilterFromSearch, searchFromJobsFilter, toJobsFilterInput, type JobsListFilter } from './jobs-filter-in-url';
import './recruiter-jobs.css';

export const RecruiterJobsPage_Query = graphql(`
  query RecruiterJobsPage_Query($first: Int!, $after: String, $filter: JobsFilter) {
    jobs(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          ...JobRow_job
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    clientCompanies {
      id
      name
    }
  }
`);

export const JOBS_PAGE_SIZE = 20;
const allStatuses = Object.keys(jobStatusInWords) as JobStatus[];

/** Filters live in the address (replacing it, so "Back" leaves the page rather than undoing a tick). */
function updateFilter(change: Partial<JobsListFilter>) {
  const next = { ...jobsFilterFromSearch(window.location.search), ...change };
  navigate(`${window.location.pathname}${searchFromJobsFilter(next)}`, { replace: true });
}

/** The recruiter's home: the agency's jobs with their pipelines, filtered by status, client and words. */
export default function RecruiterJobsPage() {
  const filter = jobsFilterFromSearch(useSearch());
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(RecruiterJobsPage_Query, {
    variables: { first: JOBS_PAGE_SIZE, filter: toJobsFilterInput(filter) },
    // Pipelines move all day (proposals made from a job's page, candidates' answers): show the cache at once, then
    // the latest, as every recruiter page does.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });

  // While another filter loads, the last list stays on screen (dimmed) instead of flashing "Loading".
  const shown = data ?? previousData;
  const jobs = shown?.jobs;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  // (Not while the latest arrives for a list already shown from the cache.)
  const isRefiltering = loading && !isLoadingMore && data === undefined && jobs !== undefined;
  const isFiltered = filter.statuses.length > 0 || filter.clientCompanyId !== null || filter.search !== '';

  function showMore() {
    const after = jobs?.pageInfo.endCursor;
    if (!after) return;
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        jobs: { ...fetchMoreResult.jobs, edges: [...previous.jobs.edges, ...fetchMoreResult.jobs.edges] },
      }),
    }).catch(() => {}); // a failed page shows through `error`
  }

  return (
    <main id="main" className="page recruiter-jobs">
      <header className="page__header page__header--with-action">
        <div>
          <h1>Jobs</h1>
          <p className="page__lede">Your agency's job orders, newest first, with how far their candidates have got.</p>
        </div>
        <div className="recruiter-jobs__actions">
          <Link href="/recruiter/jobs/new" className="button">
            New job
          </Link>
        </div>
      </header>

      <JobsFilterBar filter={filter} clients={shown?.clientCompanies} />

      <section aria-label="Your agency's jobs" aria-busy={loading}>
        {error && !isLoadingMore ? (
          <LoadError what="your jobs" error={error} onRetry={() => refetch().catch(() => {})} />
        ) : jobs === undefined ? (
          <Loading>Loading jobs…</Loading>
        ) : jobs.edges.length === 0 ? (
          <div className="notice" role="status">
            {isFiltered ? (
              <>
                <p>
                  <strong>No jobs match these filters.</strong>
                </p>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => updateFilter({ statuses: [], clientCompanyId: null, search: '' })}
                >
                  Clear filters
                </button>
              </>
            ) : (
              <>
                <p>
                  <strong>Your agency has no jobs yet.</strong>
                </p>
                <p>
                  <Link href="/recruiter/jobs/new">Create the first job</Link> to start finding candidates for it.
                </p>
              </>
            )}
          </div>
        ) : (
          <>
            <ul className={isRefiltering ? 'row-list row-list--stale' : 'row-list'}>
              {jobs.edges.map(({ node }) => (
                <JobRow key={node.id} job={node} />
              ))}
            </ul>
            {jobs.pageInfo.hasNextPage && (
              <ShowMoreButton isLoading={isLoadingMore} onClick={showMore} />
            )}
          </>
        )}
      </section>

      <AgencyReliabilityRecord audience="staff" />
    </main>
  );
}

function JobsFilterBar({
  filter,
  clients,
}: {
  filter: JobsListFilter;
  clients: ReadonlyArray<{ id: string; name: string }> | undefined;
}) {
  const searchId = useId();
  const clientId = useId();
  const [searchDraft, setSearchDraft] = useSearchDraft(filter.search, {
    inAddress: () => jobsFilterFromSearch(window.location.search).search,
    commit: (search) => updateFilter({ search }),
  });

  function toggleStatus(status: JobStatus) {
    const statuses = filter.statuses.includes(status)
      ? filter.statuses.filter((s) => s !== status)
      : [...filter.statuses, status];
    updateFilter({ statuses });
  }

  return (
    <form className="filter-bar" role="search" aria-label="Filter jobs" onSubmit={(event) => event.preventDefault()}>
      <div className="filter-bar__search">
        <label htmlFor={searchId}>Search</label>
        <input
          id={searchId}
          type="search"
          value={searchDraft}
          placeholder="Title, client or city"
          autoComplete="off"
          onChange={(event) => setSearchDraft(event.target.value)}
        />
      </div>
      <div className="recruiter-jobs__client">
        <label htmlFor={clientId}>Client</label>
        <select
          id={clientId}
          value={filter.clientCompanyId ?? ''}
          onChange={(event) => updateFilter({ clientCompanyId: event.target.value || null })}
        >
          <option value="">All clients</option>
          {/* Until the list arrives, keep a client chosen in the address selectable. */}
          {clients === undefined && filter.clientCompanyId && <option value={filter.clientCompanyId}>Loading…</option>}
          {clients?.map((client) => (
            <option key={client.id} value={client.id}>
              {client.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="filter-bar__policies">
        <legend>Status</legend>
        {allStatuses.map((status) => (
          <label key={status} className="checkbox">
            <input type="checkbox" checked={filter.statuses.includes(status)} onChange={() => toggleStatus(status)} />
            {jobStatusInWords[status]}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
