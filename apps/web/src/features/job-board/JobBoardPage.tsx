import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from '../../gql';
import type { EmploymentType, RemotePolicy } from '../../gql/graphql';
import { navigate } from '../../routes/navigate';
import { useSearch } from '../../routes/use-search';
import { countryOptions } from '../../ui/CountrySelect';
import { ShowMoreButton } from '../../ui/ShowMoreButton';
import { useSearchDraft } from '../../ui/use-search-draft';
import { remotePolicyInWords } from '../../words/describe-remote-policy';
import { EMPLOYMENT_TYPES, employmentTypeInWords } from '../../words/employment-type-in-words';
import { JobCard } from './JobCard';
import {
  jobBoardFilterFromSearch,
  searchFromJobBoardFilter,
  toJobBoardFilterInput,
  type JobBoardAddressFilter,
} from './job-board-filter-in-url';
import './job-board.css';

export const JobBoardPage_Query = graphql(`
  query JobBoardPage_Query($first: Int!, $after: String, $filter: JobBoardFilter) {
    jobBoard(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          ...JobCard_job
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const JOB_BOARD_PAGE_SIZE = 20;
const remotePolicies = Object.keys(remotePolicyInWords) as RemotePolicy[];

/**
 * Filters live in the address, so a reload or a shared link shows the same jobs; each change is a step of its own
 * in the history, so Back undoes it.
 */
function updateFilter(change: Partial<JobBoardAddressFilter>) {
  const next = { ...jobBoardFilterFromSearch(window.location.search), ...change };
  const search = searchFromJobBoardFilter(next);
  if (search !== window.location.search) navigate(`${window.location.pathname}${search}`);
}

export default function JobBoardPage() {
  const addressFilter = jobBoardFilterFromSearch(useSearch());
  const filter = toJobBoardFilterInput(addressFilter);
  const isFiltered = Object.keys(filter).length > 0;

  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(JobBoardPage_Query, {
    variables: { first: JOB_BOARD_PAGE_SIZE, filter },
  });

  // While a new filter loads, keep the last results on screen (dimmed) instead of flashing a spinner.
  const board = (data ?? previousData)?.jobBoard;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const isRefiltering = loading && !isLoadingMore && board !== undefined;

  function loadMore() {
    if (!board?.pageInfo.endCursor) return;
    // A failed page shows through `error`; the rejected promise needs no second report.
    fetchMore({ variables: { after: board.pageInfo.endCursor } }).catch(() => {});
  }

  function retry() {
    refetch().catch(() => {});
  }

  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>Open jobs</h1>
        <p className="page__lede">Roles our partner agencies are hiring for right now.</p>
      </header>

      <FilterBar filter={addressFilter} />

      <section aria-label="Jobs" aria-busy={loading} className="results">
        {error ? (
          <div role="alert" className="notice notice--error">
            <p>
              <strong>We couldn't load the jobs.</strong> {error.message}
            </p>
            <button type="button" className="button" onClick={retry}>
              Retry
            </button>
          </div>
        ) : board === undefined ? (
          <p className="notice" role="status">
            Loading jobs…
          </p>
        ) : board.edges.length === 0 ? (
          <div className="notice" role="status">
            <p>
              <strong>No open jobs match these filters.</strong>
            </p>
            <p>Try fewer words, another place or another remote policy.</p>
            {isFiltered && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => updateFilter({ search: '', remotePolicies: [], country: null, employmentTypes: [] })}
              >
                Clear filters
              </button>
            )}
          </div>
        ) : (
          <>
            <ul className={isRefiltering ? 'job-list job-list--stale' : 'job-list'}>
              {board.edges.map((edge) => (
                <li key={edge.node.id}>
                  <JobCard job={edge.node} />
                </li>
              ))}
            </ul>
            {board.pageInfo.hasNextPage && (
              <ShowMoreButton label="Load more" className="button" isLoading={isLoadingMore} onClick={loadMore} />
            )}
          </>
        )}
      </section>
    </main>
  );
}

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

function FilterBar({ filter }: { filter: JobBoardAddressFilter }) {
  const searchId = useId();
  const countryId = useId();
  const typeId = useId();
  const [searchDraft, setSearchDraft] = useSearchDraft(filter.search, {
    inAddress: () => jobBoardFilterFromSearch(window.location.search).search,
    commit: (search) => updateFilter({ search }),
  });
  return (
    <form className="filter-bar" role="search" aria-label="Filter jobs" onSubmit={(event) => event.preventDefault()}>
      <div className="filter-bar__search">
        <label htmlFor={searchId}>Search</label>
        <input
          id={searchId}
          type="search"
          value={searchDraft}
          placeholder="Title, company or city"
          autoComplete="off"
          onChange={(event) => setSearchDraft(event.target.value)}
        />
      </div>
      <div className="job-board__select">
        <label htmlFor={countryId}>Location</label>
        <select id={countryId} value={filter.country ?? ''} onChange={(event) => updateFilter({ country: event.target.value || null })}>
          <option value="">Anywhere</option>
          {countryOptions().map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      </div>
      <div className="job-board__select">
        <label htmlFor={typeId}>Employment type</label>
        <select
          id={typeId}
          value={filter.employmentTypes.length === 1 ? filter.employmentTypes[0] : ''}
          onChange={(event) => updateFilter({ employmentTypes: event.target.value ? [event.target.value as EmploymentType] : [] })}
        >
          <option value="">Any</option>
          {EMPLOYMENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {employmentTypeInWords[type]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="filter-bar__policies">
        <legend>Remote policy</legend>
        {remotePolicies.map((policy) => (
          <label key={policy} className="checkbox">
            <input
              type="checkbox"
              checked={filter.remotePolicies.includes(policy)}
              onChange={() => updateFilter({ remotePolicies: toggled(filter.remotePolicies, policy) })}
            />
            {remotePolicyInWords[policy]}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
