import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import Search from 'lucide-react/icons/search';
import UserPlus from 'lucide-react/icons/user-plus';
import Users from 'lucide-react/icons/users';
import { useId } from 'react';
import type { Seniority } from '../../gql/graphql';
import { graphql } from '../../gql';
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
import { describePlace } from '../../words/describe-place';
import { seniorityInWords } from '../../words/seniority-in-words';
import { ShowMoreButton } from '../../ui/ShowMoreButton';
import { useSearchDraft } from '../../ui/use-search-draft';
import { CandidateRow } from './CandidateRow';
import './recruiter-candidates.css';

export const CandidatesPage_Query = graphql(`
  query CandidatesPage_Query($first: Int!, $after: String, $filter: CandidatesFilter, $orderBy: CandidateOrder) {
    candidates(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          # What the table sorts the loaded candidates by (the row reads its own fragment).
          fullName
          headline
          city
          country
          seniority
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

/** The API's own order (newest first), which no column shows. */
const DEFAULT_SORT: TableSort = { key: 'created', direction: 'descending' };

const columns: readonly DataTableColumn[] = [
  { key: 'name', header: 'Name', sortable: true },
  { key: 'headline', header: 'Headline', sortable: true },
  { key: 'city', header: 'City', sortable: true },
  { key: 'seniority', header: 'Seniority', sortable: true, firstDirection: 'descending' },
  { key: 'skills', header: 'Top skills' },
  { key: 'updated', header: 'Updated', sortable: true, firstDirection: 'descending' },
];
const SORT_KEYS = [...columns.map((column) => column.key), DEFAULT_SORT.key];
const seniorities = Object.keys(seniorityInWords) as Seniority[];

type CandidateSortFields = { fullName: string; headline: string; city: string | null; country: string; seniority: Seniority };
type Edge = { node: CandidateSortFields };

/** Columns sorted among the loaded candidates; "updated" (and "created") the API sorts across every page. */
const sortValues: Record<string, (edge: Edge) => string | number | null> = {
  name: ({ node }) => node.fullName,
  headline: ({ node }) => node.headline,
  city: ({ node }) => describePlace(node.city, node.country),
  seniority: ({ node }) => seniorities.indexOf(node.seniority),
};

function toCandidateOrder(sort: TableSort) {
  const direction = sort.direction === 'ascending' ? ('ASC' as const) : ('DESC' as const);
  if (sort.key === 'updated') return { field: 'UPDATED_AT' as const, direction };
  if (sort.key === 'created' && direction === 'ASC') return { field: 'CREATED_AT' as const, direction };
  return undefined; // the API's default
}

function searchFromAddress(search: string): string {
  return new URLSearchParams(search).get('q')?.trim() ?? '';
}

/** The search lives in the address (replaced, not pushed), so a reload or a shared link shows the same list. */
function setSearchInAddress(search: string) {
  const params = new URLSearchParams(window.location.search);
  if (search) params.set('q', search);
  else params.delete('q');
  const query = params.toString();
  navigate(`${window.location.pathname}${query ? `?${query}` : ''}`, { replace: true });
}

function updateSort(sort: TableSort) {
  navigate(`${window.location.pathname}${searchWithTableSort(window.location.search, sort, DEFAULT_SORT)}`, { replace: true });
}

/** The agency's candidates, newest first, searchable by name, headline, e-mail or city. */
export default function CandidatesPage() {
  const address = useSearch();
  const search = searchFromAddress(address);
  const sort = tableSortFromSearch(address, SORT_KEYS, DEFAULT_SORT);
  const orderBy = toCandidateOrder(sort);
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(CandidatesPage_Query, {
    variables: { first: CANDIDATES_PAGE_SIZE, filter: search ? { search } : {}, ...(orderBy ? { orderBy } : {}) },
    notifyOnNetworkStatusChange: true,
  });

  const candidates = (data ?? previousData)?.candidates;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const isRefiltering = loading && !isLoadingMore && candidates !== undefined;
  const isSortedHere = sort.key in sortValues;
  const rows = candidates ? sortRows(candidates.edges, sort, sortValues) : [];

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
      <PageHeader
        title="Candidates"
        subtitle="Everyone your agency represents."
        actions={
          <Link href="/recruiter/candidates/new" className="button">
            <Icon icon={UserPlus} />
            Register a candidate
          </Link>
        }
      />

      <CandidateSearch search={search} />

      <section aria-label="Your agency's candidates" aria-busy={loading}>
        {error && !isLoadingMore ? (
          <LoadError what="your candidates" error={error} onRetry={() => refetch().catch(() => {})} />
        ) : candidates === undefined ? (
          <Loading>Loading candidates…</Loading>
        ) : candidates.edges.length === 0 ? (
          search ? (
            <EmptyState icon={Search} title={`No candidate matches “${search}”.`}>
              <p>Try part of a name, a job title, an e-mail address or a city.</p>
            </EmptyState>
          ) : (
            <EmptyState icon={Users} title="Your agency has no candidates yet.">
              <p>
                <Link href="/recruiter/candidates/new">Register the first one</Link> to see which jobs suit them.
              </p>
            </EmptyState>
          )
        ) : (
          <>
            <DataTable
              caption="Your agency's candidates"
              columns={columns}
              rows={rows}
              rowKey={({ node }) => node.id}
              renderRow={({ node }) => <CandidateRow candidate={node} />}
              sort={sort.key === DEFAULT_SORT.key ? null : sort}
              onSortChange={updateSort}
              isStale={isRefiltering}
              className="recruiter-candidates__table"
            />
            {isSortedHere && candidates.pageInfo.hasNextPage && (
              <p className="data-table__note">
                Sorted among the {candidates.edges.length} candidates loaded; “Show more” adds the next ones, newest first.
              </p>
            )}
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
