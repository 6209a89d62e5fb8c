import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { LoadError, Loading } from '../../ui/LoadError';
import { ShowMoreButton } from '../../ui/ShowMoreButton';
import { LeadRow } from './LeadRow';
import './leads.css';

export const LeadsPage_Query = graphql(`
  query LeadsPage_Query($first: Int!, $after: String) {
    candidateLeads(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...LeadRow_lead
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DismissLead_Mutation = graphql(`
  mutation DismissLead_Mutation($input: DismissCandidateLeadInput!) {
    dismissCandidateLead(input: $input) {
      __typename
      ... on DismissCandidateLeadSuccess {
        lead {
          id
          dismissedAt
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const LEADS_PAGE_SIZE = 25;

/** People who said "I'm interested" on the agency's public job pages, newest first, until registered or dismissed. */
export default function LeadsPage(_props: PageProps) {
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(LeadsPage_Query, {
    variables: { first: LEADS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const [dismiss, { loading: isDismissing }] = useMutation(DismissLead_Mutation);
  const [outcome, setOutcome] = useState<{ kind: 'done' | 'failed'; text: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const leads = data?.candidateLeads;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;

  async function handleDismiss(id: string, name: string) {
    setOutcome(null);
    try {
      const { data: answer } = await dismiss({
        variables: { input: { id } },
        // The dismissed lead leaves the list (and the count) as the server now has them.
        refetchQueries: [LeadsPage_Query],
        awaitRefetchQueries: true,
      });
      const result = answer?.dismissCandidateLead;
      if (result?.__typename === 'DismissCandidateLeadSuccess') setOutcome({ kind: 'done', text: `Dismissed the lead from ${name}.` });
      else if (result) setOutcome({ kind: 'failed', text: result.message });
      // The row is gone: keep keyboard users on the page rather than on the body.
      headingRef.current?.focus();
    } catch (failure) {
      setOutcome({ kind: 'failed', text: `That did not go through: ${(failure as Error).message}` });
    }
  }

  function showMore() {
    const after = leads?.pageInfo.endCursor;
    if (!after) return;
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        candidateLeads: { ...fetchMoreResult.candidateLeads, edges: [...previous.candidateLeads.edges, ...fetchMoreResult.candidateLeads.edges] },
      }),
    }).catch(() => {});
  }

  return (
    <main id="main" className="page leads">
      <header className="page__header">
        <h1 ref={headingRef} tabIndex={-1}>
          Leads
        </h1>
        <p className="page__lede">
          People who said "I'm interested" on your public job pages, newest first. Register them as candidates or dismiss them.
        </p>
      </header>
      <div aria-live="polite">
        {outcome && (
          <p className={outcome.kind === 'done' ? 'notice notice--success' : 'notice notice--error'} role={outcome.kind === 'failed' ? 'alert' : undefined}>
            {outcome.text}
          </p>
        )}
      </div>
      <section aria-label="Open leads" aria-busy={networkStatus === NetworkStatus.loading}>
        {error && !leads ? (
          <LoadError what="your leads" error={error} onRetry={() => refetch().catch(() => {})} />
        ) : leads === undefined ? (
          <Loading>Loading leads…</Loading>
        ) : leads.edges.length === 0 ? (
          <div className="notice" role="status">
            <p>
              <strong>No open leads.</strong>
            </p>
            <p>
              When someone says "I'm interested" on one of your <Link href="/jobs">open jobs' public pages</Link>, they show here.
            </p>
          </div>
        ) : (
          <>
            <p className="leads__count">{leads.totalCount === 1 ? '1 open lead' : `${leads.totalCount} open leads`}</p>
            <div className="data-table leads__table-box">
              <table className="leads__table">
                <caption className="visually-hidden">Open leads, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Person</th>
                    <th scope="col">Job</th>
                    <th scope="col">Message</th>
                    <th scope="col">Consent given</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {leads.edges.map(({ node }) => (
                    <LeadRow key={node.id} lead={node} onDismiss={handleDismiss} isDismissing={isDismissing} />
                  ))}
                </tbody>
              </table>
            </div>
            {leads.pageInfo.hasNextPage && <ShowMoreButton isLoading={isLoadingMore} onClick={showMore} />}
          </>
        )}
      </section>
    </main>
  );
}
