import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { graphql } from '../../gql';
import { browserTimeZone } from '../../ui/format-date-time';
import { LoadError, PageLoading } from '../../ui/LoadError';
import { ShowMoreButton } from '../../ui/ShowMoreButton';
import { newNotice, SuccessNotice, type Notice } from '../../ui/SuccessNotice';
import { IntegrationsNav } from '../integrations/IntegrationsNav';
import { ApiKeyRow, type KeyToRevoke } from './ApiKeyRow';
import { CreateApiKeyDialog, type CreatedKey } from './CreateApiKeyDialog';
import { NewKeySecret } from './NewKeySecret';
import { RevokeApiKeyDialog } from './RevokeApiKeyDialog';
import '../../ui/modal-dialog.css';
import './admin-api-keys.css';

export const ApiKeysPage_Query = graphql(`
  query ApiKeysPage_Query($first: Int!, $after: String) {
    me {
      id
      timeZone
    }
    apiKeys(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...ApiKeyRow_apiKey
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

export const API_KEYS_PAGE_SIZE = 20;

const TITLE = 'API keys';

/**
 * Integrations → API keys (agency admins): the agency's partner keys, newest first, revoked ones included; creating
 * one (its secret shown once, on this page) and revoking one.
 */
export default function ApiKeysPage() {
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(ApiKeysPage_Query, {
    variables: { first: API_KEYS_PAGE_SIZE },
    // A key's "last used" moves whenever its partner calls: show the cache at once, then the latest.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const [isCreating, setIsCreating] = useState(false);
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const [revoking, setRevoking] = useState<KeyToRevoke | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const newKeyButtonRef = useRef<HTMLButtonElement>(null);

  const retry = () => {
    refetch().catch(() => {}); // a failure shows through `error`
  };
  if (!data) {
    return (
      <PageLoading title={TITLE} what="your API keys" error={error} onRetry={retry}>
        Loading API keys…
      </PageLoading>
    );
  }

  const timeZone = data.me?.timeZone ?? browserTimeZone();
  const { edges, pageInfo } = data.apiKeys;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;

  function showMore() {
    const after = pageInfo.endCursor;
    if (!after) return;
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        apiKeys: { ...fetchMoreResult.apiKeys, edges: [...previous.apiKeys.edges, ...fetchMoreResult.apiKeys.edges] },
      }),
    }).catch(() => {});
  }

  function openCreate() {
    setNotice(null);
    setIsCreating(true);
  }

  return (
    <main id="main" className="page api-keys">
      <IntegrationsNav />
      <header className="page__header page__header--with-action">
        <div>
          <h1>{TITLE}</h1>
          <p className="page__lede">
            Partner systems, such as a client's HR system or a job board, use a key to work with your agency's data through
            the Shortlist API. Give each system its own key, with only the access it needs.
          </p>
        </div>
        <button ref={newKeyButtonRef} type="button" className="button" onClick={openCreate}>
          New API key
        </button>
      </header>

      {created && (
        <NewKeySecret
          apiKey={created}
          onDone={() => {
            setCreated(null);
            newKeyButtonRef.current?.focus();
          }}
        />
      )}
      <SuccessNotice notice={notice} />

      <section aria-label="Your agency's API keys" aria-busy={loading}>
        {error && !isLoadingMore ? <LoadError what="your API keys" error={error} onRetry={retry} /> : null}
        {edges.length === 0 ? (
          <div className="notice api-keys__empty">
            <p>
              <strong>No API keys yet.</strong>
            </p>
            <p>
              A key lets a partner system read your jobs, candidates and proposals, and record a client's decisions,
              without anyone's password. You choose what each key may do and can revoke it at any time.
            </p>
            <button type="button" className="button" onClick={openCreate}>
              Create the first key
            </button>
          </div>
        ) : (
          <>
            <div className="api-keys__table-wrap">
              <table className="api-keys__table">
                {/* Fixed widths: a row losing its "Revoke" button does not shift the columns. */}
                <colgroup>
                  <col className="api-keys__col-key" />
                  <col className="api-keys__col-access" />
                  <col className="api-keys__col-created" />
                  <col className="api-keys__col-used" />
                  <col className="api-keys__col-status" />
                  <col className="api-keys__col-actions" />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">Key</th>
                    <th scope="col">Access</th>
                    <th scope="col">Created</th>
                    <th scope="col">Last used</th>
                    <th scope="col">Status</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {edges.map(({ node }) => (
                    <ApiKeyRow
                      key={node.id}
                      apiKey={node}
                      timeZone={timeZone}
                      onRevoke={(key) => {
                        setNotice(null);
                        setRevoking(key);
                      }}
                    />
                  ))}
                </tbody>
              </table>
            </div>
            <p className="api-keys__zone">Times are in {timeZone}, your time zone.</p>
            {pageInfo.hasNextPage && <ShowMoreButton isLoading={isLoadingMore} onClick={showMore} />}
          </>
        )}
      </section>

      {isCreating && (
        <CreateApiKeyDialog
          clients={data.clientCompanies}
          onClose={() => setIsCreating(false)}
          onCreated={(key) => {
            setIsCreating(false);
            setCreated(key);
            // The new key heads the list (newest first); later pages are fetched again from the top.
            retry();
          }}
        />
      )}
      {revoking && (
        <RevokeApiKeyDialog
          apiKey={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={() => {
            setRevoking(null);
            setNotice(newNotice(`The key “${revoking.name}” is revoked. Systems using it are now refused.`));
          }}
        />
      )}
    </main>
  );
}
