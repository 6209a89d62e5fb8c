import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { navigate } from '../../routes/navigate';
import { useSearch } from '../../routes/use-search';
import { LoadError, Loading } from '../../ui/LoadError';
import { ShowMoreButton } from '../../ui/ShowMoreButton';
import { useSearchDraft } from '../../ui/use-search-draft';
import { CandidateRow } from './CandidateRow';
import './recruiter-candidates.css';

export const CandidatesPage_Query = graphql(`
  query CandidatesPage_Query($first: Int!, $after: String, $filter: CandidatesFilter) {
    candidates(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          ...CandidateRow_candidate
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CANDIDATES_PAGE_SIZE = 20;

function searchFromAddress(search: string): string {
  return new URLSearchParams(search).get('q')?.trim() ?? '';
}

/** The search lives in the address (replaced, not pushed), so a reload or a shared link shows the same list. */
function setSearchInAddress(search: string) {
  const query = search ? `?${new URLSearchParams({ q: search })}` : '';
  navigate(`${window.location.pathname}${query}`, { replace: true });
}

/** The agency's candidates, newest first, searchable by name, headline, e-mail or city. */
export default function CandidatesPage() {
  const search = searchFromAddress(useSearch());
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(CandidatesPage_Query, {
    variables: { first: CANDIDATES_PAGE_SIZE, filter: search ? { search } : {} },
    notifyOnNetworkStatusChange: true,
  });

  const candidates = (data ?? previousData)?.candidates;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const isRefiltering = loading && !isLoadingMore && candidates !== undefined;

  function showMore() {
    const after = candidates?.pageInfo.endCursor;
    if (!after) return;
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        candidates: {
          ...fetchMoreResult.candidates,
          edges: [...previous.candidates.edges, ...fetchMoreResult.candidates.edges],
        },
      }),
    }).catch(() => {}); // a failed page shows through `error`
  }

  return (
    <main id="main" className="page recruiter-candidates">
      <header className="page__header page__header--with-action">
        <div>
          <h1>Candidates</h1>
          <p className="page__lede">Everyone your agency represents, newest first.</p>
        </div>
        <Link href="/recruiter/candidates/new" className="button">
          Register a candidate
        </Link>
      </header>

      <CandidateSearch search={search} />

      <section aria-label="Your agency's candidates" aria-busy={loading}>
        {error && !isLoadingMore ? (
          <LoadError what="your candidates" error={error} onRetry={() => refetch().catch(() => {})} />
        ) : candidates === undefined ? (
          <Loading>Loading candidates…</Loading>
        ) : candidates.edges.length === 0 ? (
          <div className="notice" role="status">
            {search ? (
              <>
                <p>
                  <strong>No candidate matches “{search}”.</strong>
                </p>
                <p>Try part of a name, a job title, an e-mail address or a city.</p>
              </>
            ) : (
              <>
                <p>
                  <strong>Your agency has no candidates yet.</strong>
                </p>
                <p>
                  <Link href="/recruiter/candidates/new">Register the first one</Link> to see which jobs suit them.
                </p>
              </>
            )}
          </div>
        ) : (
          <>
            <ul className={isRefiltering ? 'row-list row-list--stale' : 'row-list'}>
              {candidates.edges.map(({ node }) => (
                <CandidateRow key={node.id} candidate={node} />
              ))}
            </ul>
            {candidates.pageInfo.hasNextPage && (
              <ShowMoreButton isLoading={isLoadingMore} onClick={showMore} />
            )}
          </>
        )}
      </section>
    </main>
  );
}

function CandidateSearch({ search }: { search: string }) {
  const id = useId();
  const [draft, setDraft] = useSearchDraft(search, { inAddress: () => searchFromAddress(window.location.search), commit: setSearchInAddress });

  return (
    <form className="filter-bar" role="search" aria-label="Search candidates" onSubmit={(event) => event.preventDefault()}>
      <div className="filter-bar__search">
        <label htmlFor={id}>Search</label>
        <input
          id={id}
          type="search"
          value={draft}
          placeholder="Name, headline, e-mail or city"
          autoComplete="off"
          onChange={(event) => setDraft(event.target.value)}
        />
      </div>
    </form>
  );
}
