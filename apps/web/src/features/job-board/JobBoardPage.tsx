import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { graphql } from '../../gql';
import type { RemotePolicy } from '../../gql/graphql';
import { ShowMoreButton } from '../../ui/ShowMoreButton';
import { remotePolicyInWords } from '../../words/describe-remote-policy';
import { JobCard } from './JobCard';

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
const SEARCH_DEBOUNCE_MS = 300;
const remotePolicies = Object.keys(remotePolicyInWords) as RemotePolicy[];

export default function JobBoardPage() {
  const [searchDraft, setSearchDraft] = useState('');
  const [search, setSearch] = useState('');
  const [selectedPolicies, setSelectedPolicies] = useState<ReadonlySet<RemotePolicy>>(new Set());

  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchDraft.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [searchDraft]);

  // Policies keep one canonical order so the same choice always hits the same cache entry.
  const policies = remotePolicies.filter((policy) => selectedPolicies.has(policy));
  const filter = {
    ...(search ? { search } : {}),
    ...(policies.length > 0 ? { remotePolicies: policies } : {}),
  };

  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(JobBoardPage_Query, {
    variables: { first: JOB_BOARD_PAGE_SIZE, filter },
  });

  // While a new filter loads, keep the last results on screen (dimmed) instead of flashing a spinner.
  const board = (data ?? previousData)?.jobBoard;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const isRefiltering = loading && !isLoadingMore && board !== undefined;

  function togglePolicy(policy: RemotePolicy) {
    setSelectedPolicies((current) => {
      const next = new Set(current);
      if (next.has(policy)) next.delete(policy);
      else next.add(policy);
      return next;
    });
  }

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

      <FilterBar
        search={searchDraft}
        onSearchChange={setSearchDraft}
        selectedPolicies={selectedPolicies}
        onTogglePolicy={togglePolicy}
      />

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
            <p>Try fewer words or another remote policy.</p>
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

interface FilterBarProps {
  search: string;
  onSearchChange: (search: string) => void;
  selectedPolicies: ReadonlySet<RemotePolicy>;
  onTogglePolicy: (policy: RemotePolicy) => void;
}

function FilterBar({ search, onSearchChange, selectedPolicies, onTogglePolicy }: FilterBarProps) {
  const searchId = useId();
  return (
    <form className="filter-bar" role="search" onSubmit={(event) => event.preventDefault()}>
      <div className="filter-bar__search">
        <label htmlFor={searchId}>Search</label>
        <input
          id={searchId}
          type="search"
          value={search}
          placeholder="Title, company or city"
          autoComplete="off"
          onChange={(event) => onSearchChange(event.target.value)}
        />
      </div>
      <fieldset className="filter-bar__policies">
        <legend>Remote policy</legend>
        {remotePolicies.map((policy) => (
          <label key={policy} className="checkbox">
            <input
              type="checkbox"
              checked={selectedPolicies.has(policy)}
              onChange={() => onTogglePolicy(policy)}
            />
            {remotePolicyInWords[policy]}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
