import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import Briefcase from 'lucide-react/icons/briefcase';
import Plus from 'lucide-react/icons/plus';
import SearchX from 'lucide-react/icons/search-x';
import { useId } from 'react';
import { graphql } from '../../gql';
import type { JobStatus } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { navigate } from '../../routes/navigate';
import { useSearch } from '../../routes/use-search';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { LoadError, Loading } from '../../ui/LoadError';
import { PageHeader } from '../../ui/PageHeader';
import { sortRows } from '../../ui/sort-rows';
import type { TableSort } from '../../ui/table-sort';
import { searchWithTableSort, tableSortFromSearch } from '../../ui/table-sort-in-address';
import { ShowMoreButton } from '../../ui/ShowMoreButton';
import { useSearchDraft } from '../../ui/use-search-draft';
import { jobStatusInWords } from '../../words/job-status-in-words';
import { AgencyReliabilityRecord } from '../agency-reliability/AgencyReliabilityRecord';
import { JobRow } from './JobRow';
import { jobsFilterFromSearch, searchFromJobsFilter, toJobsFilterInput, type JobsListFilter } from './jobs-filter-in-url';
import './recruiter-jobs.css';

export const RecruiterJobsPage_Query = graphql(`
  query RecruiterJobsPage_Query($first: Int!, $after: String, $filter: JobsFilter, $orderBy: JobOrder) {
    jobs(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          # What the table sorts the loaded jobs by (the row reads its own fragment).
          title
          status
          openings
          publishedAt
          clientCompany {
            name
          }
          pipelineCounts {
            count
          }
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

/** The API's own order (newest first), which no column shows. */
const DEFAULT_SORT: TableSort = { key: 'created', direction: 'descending' };

const columns: readonly DataTableColumn[] = [
  { key: 'title', header: 'Job', sortable: true },
  { key: 'client', header: 'Client', sortable: true },
  { key: 'status', header: 'Status', sortable: true },
  { key: 'pipeline', header: 'Pipeline', sortable: true, firstDirection: 'descending' },
  { key: 'openings', header: 'Openings', sortable: true, numeric: true, firstDirection: 'descending' },
  { key: 'published', header: 'Published', sortable: true, firstDirection: 'descending' },
  { key: 'updated', header: 'Updated', sortable: true, firstDirection: 'descending' },
];
const SORT_KEYS = [...columns.map((column) => column.key), DEFAULT_SORT.key];

/** Columns the API sorts by (across every page); the others sort the jobs loaded so far. */
const API_ORDER = { created: 'CREATED_AT', updated: 'UPDATED_AT' } as const;

type JobSortFields = {
  title: string;
  status: JobStatus;
  openings: number;
  publishedAt: string | null;
  clientCompany: { name: string };
  pipelineCounts: ReadonlyArray<{ count: number }> | null;
};

const sortValues = {
  title: (job: JobSortFields) => job.title,
  client: (job: JobSortFields) => job.clientCompany.name,
  status: (job: JobSortFields) => allStatuses.indexOf(job.status),
  pipeline: (job: JobSortFields) => (job.pipelineCounts ?? []).reduce((sum, { count }) => sum + count, 0),
  openings: (job: JobSortFields) => job.openings,
  published: (job: JobSortFields) => job.publishedAt,
};

function toJobOrder(sort: TableSort) {
  if (sort.key !== 'updated' && !(sort.key === 'created' && sort.direction === 'ascending')) return undefined;
  return { field: API_ORDER[sort.key as keyof typeof API_ORDER], direction: sort.direction === 'ascending' ? ('ASC' as const) : ('DESC' as const) };
}

/** Filters live in the address (replacing it, so "Back" leaves the page rather than undoing a tick); the sort stays. */
function updateFilter(change: Partial<JobsListFilter>) {
  const next = { ...jobsFilterFromSearch(window.location.search), ...change };
  const sort = tableSortFromSearch(window.location.search, SORT_KEYS, DEFAULT_SORT);
  navigate(`${window.location.pathname}${searchWithTableSort(searchFromJobsFilter(next), sort, DEFAULT_SORT)}`, { replace: true });
}

function updateSort(sort: TableSort) {
  navigate(`${window.location.pathname}${searchWithTableSort(window.location.search, sort, DEFAULT_SORT)}`, { replace: true });
}

/** The recruiter's home: the agency's jobs with their pipelines, filtered by status, client and words. */
export default function RecruiterJobsPage() {
  const search = useSearch();
  const filter = jobsFilterFromSearch(search);
  const sort = tableSortFromSearch(search, SORT_KEYS, DEFAULT_SORT);
  const orderBy = toJobOrder(sort);
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(RecruiterJobsPage_Query, {
    variables: { first: JOBS_PAGE_SIZE, filter: toJobsFilterInput(filter), ...(orderBy ? { orderBy } : {}) },
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
  const isSortedHere = sort.key in sortValues;
  const rows = jobs ? sortRows(jobs.edges, sort, mapValues(sortValues)) : [];

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
      <PageHeader
        title="Jobs"
        subtitle="Your agency's job orders and how far their candidates have got."
        actions={
          <Link href="/recruiter/jobs/new" className="button">
            <Icon icon={Plus} />
            New job
          </Link>
        }
      />

      <JobsFilterBar filter={filter} clients={shown?.clientCompanies} />

      <section aria-label="Your agency's jobs" aria-busy={loading}>
        {error && !isLoadingMore ? (
          <LoadError what="your jobs" error={error} onRetry={() => refetch().catch(() => {})} />
        ) : jobs === undefined ? (
          <Loading>Loading jobs…</Loading>
        ) : jobs.edges.length === 0 ? (
          isFiltered ? (
            <EmptyState
              icon={SearchX}
              title="No jobs match these filters."
              actions={
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => updateFilter({ statuses: [], clientCompanyId: null, search: '' })}
                >
                  Clear filters
                </button>
              }
            />
          ) : (
            <EmptyState icon={Briefcase} title="Your agency has no jobs yet.">
              <p>
                <Link href="/recruiter/jobs/new">Create the first job</Link> to start finding candidates for it.
              </p>
            </EmptyState>
          )
        ) : (
          <>
            <DataTable
              caption="Your agency's jobs"
              columns={columns}
              rows={rows}
              rowKey={({ node }) => node.id}
              renderRow={({ node }) => <JobRow job={node} />}
              sort={sort.key === DEFAULT_SORT.key ? null : sort}
              onSortChange={updateSort}
              isStale={isRefiltering}
              className="recruiter-jobs__table"
            />
            {isSortedHere && jobs.pageInfo.hasNextPage && (
              <p className="data-table__note">Sorted among the {jobs.edges.length} jobs loaded; “Show more” adds the next ones in order of creation.</p>
            )}
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

/** Each sort reader for the page's edges (node inside). */
function mapValues(readers: typeof sortValues) {
  return Object.fromEntries(
    Object.entries(readers).map(([key, read]) => [key, (edge: { node: JobSortFields }) => read(edge.node)]),
  ) as Record<string, (edge: { node: JobSortFields }) => string | number | null>;
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
