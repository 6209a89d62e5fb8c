import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { graphql } from '../../gql';
import { browserTimeZone } from '../../ui/format-date-time';
import { takeFlashNotice } from '../../ui/flash-notice';
import { LoadError, PageLoading } from '../../ui/LoadError';
import { ShowMoreButton } from '../../ui/ShowMoreButton';
import { newNotice, SuccessNotice, type Notice } from '../../ui/SuccessNotice';
import { IntegrationsNav } from '../integrations/IntegrationsNav';
import { RegisterWebhookDialog } from './lazy-webhook-dialogs';
import { endpointHref, WebhookEndpointRow } from './WebhookEndpointRow';
import { WebhookSecret, type ShownSecret } from './WebhookSecret';
import { Link } from '../../routes/Link';
import '../../ui/modal-dialog.css';
import '../admin-api-keys/admin-api-keys.css';
import './admin-webhooks.css';

export const WebhooksPage_Query = graphql(`
  query WebhooksPage_Query($first: Int!, $after: String) {
    me {
      id
      timeZone
    }
    webhookEndpoints(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...WebhookEndpointRow_endpoint
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    webhookEventTypes {
      type
      description
    }
    clientCompanies {
      id
      name
    }
  }
`);

export const WEBHOOKS_PAGE_SIZE = 20;

/** The printed schema the API serves: each event type and delivery field, described. */
const SCHEMA_URL = '/schema.graphql';

const TITLE = 'Webhooks';

/**
 * Integrations → Webhooks (agency admins): the agency's endpoints, newest first, each with its events, state and
 * latest delivery; registering one (its signing secret shown once, on this page).
 */
export default function WebhooksPage() {
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(WebhooksPage_Query, {
    variables: { first: WEBHOOKS_PAGE_SIZE },
    // Deliveries move on by themselves: show the cache at once, then the latest.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const [isRegistering, setIsRegistering] = useState(false);
  const [shown, setShown] = useState<ShownSecret | null>(null);
  // "The endpoint … is deleted." from its page, which led here.
  const [notice] = useState<Notice | null>(() => {
    const flash = takeFlashNotice();
    return flash ? newNotice(flash) : null;
  });
  const registerButtonRef = useRef<HTMLButtonElement>(null);

  const retry = () => {
    refetch().catch(() => {}); // a failure shows through `error`
  };
  if (!data) {
    return (
      <PageLoading title={TITLE} what="your webhook endpoints" error={error} onRetry={retry}>
        Loading webhook endpoints…
      </PageLoading>
    );
  }

  const timeZone = data.me?.timeZone ?? browserTimeZone();
  const { edges, pageInfo } = data.webhookEndpoints;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;

  function showMore() {
    const after = pageInfo.endCursor;
    if (!after) return;
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        webhookEndpoints: {
          ...fetchMoreResult.webhookEndpoints,
          edges: [...previous.webhookEndpoints.edges, ...fetchMoreResult.webhookEndpoints.edges],
        },
      }),
    }).catch(() => {});
  }

  return (
    <main id="main" className="page webhooks">
      <IntegrationsNav />
      <header className="page__header page__header--with-action">
        <div>
          <h1>{TITLE}</h1>
          <p className="page__lede">
            Shortlist tells your partner systems when something changes (a proposal accepted, an interview scheduled) by
            sending a signed message to their address, so they need not keep asking.
          </p>
        </div>
        <button ref={registerButtonRef} type="button" className="button" onClick={() => setIsRegistering(true)}>
          Register endpoint
        </button>
      </header>

      {shown && (
        <WebhookSecret
          shown={shown}
          heading={`Copy the signing secret for “${shown.endpointName}” now`}
          onDone={() => {
            setShown(null);
            registerButtonRef.current?.focus();
          }}
        >
          <p>
            Deliveries start with the next change. <Link href={endpointHref(shown.endpointId)}>Open the endpoint</Link> to
            follow them in its delivery log.
          </p>
        </WebhookSecret>
      )}
      <SuccessNotice notice={notice} />

      <section aria-label="Your agency's webhook endpoints" aria-busy={loading}>
        {error && !isLoadingMore ? <LoadError what="your webhook endpoints" error={error} onRetry={retry} /> : null}
        {edges.length === 0 ? (
          <div className="notice webhooks__empty">
            <p>
              <strong>No webhook endpoints yet.</strong>
            </p>
            <p>
              An endpoint is an address in a partner system (a client's HR system, a job board) that Shortlist sends
              each change to as it happens: candidates, jobs, proposals and interviews. Each message is signed, retried
              for over a day if the system is down, and kept in a log you can read here.
            </p>
            <p>
              The partner's engineers will find how to receive and verify them in the “Webhooks” section of Shortlist's
              README and partner guide; the event types are described in <a href={SCHEMA_URL}>the API schema</a>.
            </p>
            <button type="button" className="button" onClick={() => setIsRegistering(true)}>
              Register the first endpoint
            </button>
          </div>
        ) : (
          <>
            <div className="webhooks__table-wrap">
              <table className="webhooks__table">
                <colgroup>
                  <col className="webhooks__col-endpoint" />
                  <col className="webhooks__col-events" />
                  <col className="webhooks__col-state" />
                  <col className="webhooks__col-last" />
                  <col className="webhooks__col-failures" />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">Endpoint</th>
                    <th scope="col">Events</th>
                    <th scope="col">Status</th>
                    <th scope="col">Last delivery</th>
                    <th scope="col">Failures in a row</th>
                  </tr>
                </thead>
                <tbody>
                  {edges.map(({ node }) => (
                    <WebhookEndpointRow key={node.id} endpoint={node} timeZone={timeZone} />
                  ))}
                </tbody>
              </table>
            </div>
            <p className="webhooks__zone">Times are in {timeZone}, your time zone.</p>
            {pageInfo.hasNextPage && <ShowMoreButton isLoading={isLoadingMore} onClick={showMore} />}
          </>
        )}
      </section>

      {isRegistering && (
        <RegisterWebhookDialog
          eventTypes={data.webhookEventTypes}
          clients={data.clientCompanies}
          onClose={() => setIsRegistering(false)}
          onRegistered={(endpoint) => {
            setIsRegistering(false);
            setShown({ endpointId: endpoint.id, endpointName: endpoint.name, secret: endpoint.secret, key: Date.now() });
            // The new endpoint heads the list (newest first).
            retry();
          }}
        />
      )}
    </main>
  );
}
