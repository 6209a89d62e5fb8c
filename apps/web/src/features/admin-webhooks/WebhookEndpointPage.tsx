import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { graphql } from '../../gql';
import type { WebhookDeliveryStatus } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { navigate } from '../../routes/navigate';
import type { PageProps } from '../../routes/routes';
import { setFlashNotice } from '../../ui/flash-notice';
import { browserTimeZone } from '../../ui/format-date-time';
import { LoadError, PageLoading, PageNotFound } from '../../ui/LoadError';
import { newNotice, SuccessNotice, type Notice } from '../../ui/SuccessNotice';
import { useNow } from '../../ui/use-now';
import { IntegrationsNav } from '../integrations/IntegrationsNav';
import { DeliveryLog, type StatusFilter } from './DeliveryLog';
import { DeleteWebhookDialog, EditWebhookDialog, RotateSecretDialog } from './lazy-webhook-dialogs';
import { EndpointSettings } from './EndpointSettings';
import { formatWebhookTime } from './format-webhook-time';
import type { RotatedSecret } from './RotateSecretDialog';
import { WebhookSecret, type ShownSecret } from './WebhookSecret';
import '../../ui/modal-dialog.css';
import '../admin-api-keys/admin-api-keys.css';
import './admin-webhooks.css';

export const WebhookEndpointPage_Query = graphql(`
  query WebhookEndpointPage_Query($id: ID!, $first: Int!, $after: String, $status: [WebhookDeliveryStatus!]) {
    me {
      id
      timeZone
    }
    webhookEventTypes {
      type
      description
    }
    clientCompanies {
      id
      name
    }
    node(id: $id) {
      __typename
      id
      ... on WebhookEndpoint {
        url
        description
        eventTypes
        isEnabled
        clientCompany {
          id
        }
        ...EndpointSettings_endpoint
        deliveries(first: $first, after: $after, status: $status) {
          edges {
            cursor
            node {
              id
              ...DeliveryRow_delivery
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);

export const WebhookEndpointPage_PauseMutation = graphql(`
  mutation WebhookEndpointPage_PauseMutation($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      __typename
      ... on UpdateWebhookEndpointSuccess {
        webhookEndpoint {
          id
          isEnabled
          ...EndpointSettings_endpoint
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export const WebhookEndpointPage_TestMutation = graphql(`
  mutation WebhookEndpointPage_TestMutation($input: SendTestWebhookInput!) {
    sendTestWebhook(input: $input) {
      __typename
      ... on SendTestWebhookSuccess {
        webhookDelivery {
          id
          status
          attempts {
            responseStatus
            error
          }
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export const DELIVERIES_PAGE_SIZE = 20;

const STATUSES_OF: Record<StatusFilter, WebhookDeliveryStatus[] | null> = {
  all: null,
  failed: ['FAILED'],
  pending: ['PENDING'],
  succeeded: ['SUCCEEDED'],
};

/**
 * Integrations → Webhooks → one endpoint: its settings (edit, pause or resume, rotate the secret, delete) and its
 * delivery log, newest first, each delivery with its attempts and body, and "Redeliver".
 */
export default function WebhookEndpointPage({ params }: PageProps) {
  const endpointId = params.endpointId ?? '';
  const now = useNow();
  const [filter, setFilter] = useState<StatusFilter>('all');
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(WebhookEndpointPage_Query, {
    variables: { id: endpointId, first: DELIVERIES_PAGE_SIZE, status: STATUSES_OF[filter] },
    // Deliveries move on by themselves: show the cache at once, then the latest.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const [setEnabled, { loading: isSwitching }] = useMutation(WebhookEndpointPage_PauseMutation);
  const [sendTest, { loading: isTesting }] = useMutation(WebhookEndpointPage_TestMutation);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [switchError, setSwitchError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'rotate' | 'delete' | null>(null);
  const [rotated, setRotated] = useState<(ShownSecret & { previousSecretExpiresAt: string | null }) | null>(null);
  const rotateButtonRef = useRef<HTMLButtonElement>(null);

  const reload = () => {
    refetch().catch(() => {}); // a failure shows through `error`
  };
  // While another status filter loads, the last list stays (dimmed) rather than a loading line.
  const shown = data ?? previousData;
  if (!shown) {
    return (
      <PageLoading title="Webhook endpoint" what="this webhook endpoint" error={error} onRetry={reload}>
        Loading the endpoint…
      </PageLoading>
    );
  }
  const endpoint = shown.node?.__typename === 'WebhookEndpoint' ? shown.node : null;
  if (!endpoint) {
    return (
      <PageNotFound title="Webhook endpoint not found" back={{ href: '/integrations/webhooks', label: 'Back to webhooks' }}>
        This endpoint does not exist: it was deleted, or it belongs to another agency.
      </PageNotFound>
    );
  }

  const timeZone = shown.me?.timeZone ?? browserTimeZone();
  const name = endpoint.description || endpoint.url;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const isStale = !data || (networkStatus === NetworkStatus.setVariables);

  function showMore() {
    const after = endpoint?.deliveries.pageInfo.endCursor;
    if (!after) return;
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => {
        if (previous.node?.__typename !== 'WebhookEndpoint' || fetchMoreResult.node?.__typename !== 'WebhookEndpoint') return fetchMoreResult;
        return {
          ...fetchMoreResult,
          node: {
            ...fetchMoreResult.node,
            deliveries: {
              ...fetchMoreResult.node.deliveries,
              edges: [...previous.node.deliveries.edges, ...fetchMoreResult.node.deliveries.edges],
            },
          },
        };
      },
    }).catch(() => {});
  }

  async function switchDeliveries(isEnabled: boolean) {
    if (isSwitching) return;
    setNotice(null);
    setSwitchError(null);
    try {
      const { data: answer } = await setEnabled({ variables: { input: { id: endpointId, isEnabled } } });
      const result = answer?.updateWebhookEndpoint;
      if (result?.__typename === 'UpdateWebhookEndpointSuccess') {
        setNotice(
          newNotice(
            isEnabled
              ? 'Deliveries resumed: the changes that waited go out now, in order.'
              : 'Deliveries paused: changes wait here until you resume them.',
          ),
        );
        reload();
      } else {
        setSwitchError(result && 'message' in result ? result.message : 'That did not go through; try again.');
      }
    } catch (failure) {
      setSwitchError(`That did not go through: ${failure instanceof Error ? failure.message : String(failure)} Try again.`);
    }
  }

  async function sendTestEvent() {
    if (isTesting) return;
    setNotice(null);
    setSwitchError(null);
    try {
      const { data: answer } = await sendTest({ variables: { input: { endpointId } } });
      const result = answer?.sendTestWebhook;
      if (result?.__typename === 'SendTestWebhookSuccess') {
        const attempt = result.webhookDelivery.attempts.at(-1);
        if (result.webhookDelivery.status === 'SUCCEEDED') {
          setNotice(newNotice(`Test event delivered: the receiver answered HTTP ${attempt?.responseStatus ?? ''}. It is at the top of the log.`));
        } else {
          setSwitchError(`The receiver did not accept the test event (${attempt?.error ?? 'no answer'}). It is at the top of the log.`);
        }
        reload();
      } else {
        setSwitchError(result && 'message' in result ? result.message : 'That did not go through; try again.');
      }
    } catch (failure) {
      setSwitchError(`That did not go through: ${failure instanceof Error ? failure.message : String(failure)} Try again.`);
    }
  }

  return (
    <main id="main" className="page webhook-endpoint">
      <IntegrationsNav />
      <header className="page__header">
        <p className="page__back">
          <Link href="/integrations/webhooks">← Webhooks</Link>
        </p>
        <h1>{name}</h1>
        {endpoint.description && <p className="page__lede webhook-endpoint__url">{endpoint.url}</p>}
      </header>

      {rotated && (
        <WebhookSecret
          shown={rotated}
          heading="Copy the new signing secret now"
          onDone={() => {
            setRotated(null);
            rotateButtonRef.current?.focus();
          }}
        >
          <p className="webhook-endpoint__overlap">
            {rotated.previousSecretExpiresAt ? (
              <>
                The previous secret also signs each delivery until{' '}
                <strong>
                  <time dateTime={rotated.previousSecretExpiresAt}>{formatWebhookTime(rotated.previousSecretExpiresAt, timeZone)}</time>
                </strong>{' '}
                ({timeZone}): switch the receiver to the new one before then.
              </>
            ) : (
              <>
                <strong>The previous secret no longer signs deliveries.</strong> Until the receiver has the new one, it will
                refuse them; they are retried for over a day.
              </>
            )}
          </p>
        </WebhookSecret>
      )}
      <SuccessNotice notice={notice} />
      {switchError && (
        <div role="alert" className="notice notice--error">
          <p>{switchError}</p>
        </div>
      )}
      {error && !isLoadingMore && <LoadError what="the latest state of this endpoint" error={error} onRetry={reload} />}

      <section aria-labelledby="settings-heading" className="card webhook-endpoint__settings">
        <h2 id="settings-heading">Settings</h2>
        <EndpointSettings endpoint={endpoint} timeZone={timeZone} now={now} />
        <div className="webhook-endpoint__actions">
          <button type="button" className="button button--secondary" onClick={() => setDialog('edit')}>
            Edit endpoint
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={isSwitching || undefined}
            onClick={() => void switchDeliveries(!endpoint.isEnabled)}
          >
            {endpoint.isEnabled ? 'Pause deliveries' : 'Resume deliveries'}
          </button>
          <button type="button" className="button button--secondary" aria-disabled={isTesting || undefined} onClick={() => void sendTestEvent()}>
            {isTesting ? 'Sending test event…' : 'Send test event'}
          </button>
          <button ref={rotateButtonRef} type="button" className="button button--secondary" onClick={() => setDialog('rotate')}>
            Rotate secret
          </button>
          <button type="button" className="button button--secondary webhook-endpoint__delete" onClick={() => setDialog('delete')}>
            Delete endpoint
          </button>
        </div>
      </section>

      <DeliveryLog
        deliveries={endpoint.deliveries}
        timeZone={timeZone}
        filter={filter}
        onFilter={setFilter}
        isBusy={loading}
        isStale={isStale}
        isLoadingMore={isLoadingMore}
        onShowMore={showMore}
        onRefresh={reload}
      />

      {dialog === 'edit' && (
        <EditWebhookDialog
          endpoint={endpoint}
          eventTypes={shown.webhookEventTypes}
          clients={shown.clientCompanies}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            setNotice(newNotice('Endpoint saved. Changes from now on are delivered as it says.'));
          }}
        />
      )}
      {dialog === 'rotate' && (
        <RotateSecretDialog
          endpointId={endpoint.id}
          onClose={() => setDialog(null)}
          onRotated={(result: RotatedSecret) => {
            setDialog(null);
            setNotice(null);
            setRotated({ endpointId: endpoint.id, endpointName: name, secret: result.secret, previousSecretExpiresAt: result.previousSecretExpiresAt, key: Date.now() });
          }}
        />
      )}
      {dialog === 'delete' && (
        <DeleteWebhookDialog
          endpoint={{ id: endpoint.id, name, url: endpoint.url }}
          onClose={() => setDialog(null)}
          onDeleted={() => {
            setFlashNotice(`The endpoint “${name}” is deleted. Nothing more is sent to it.`);
            navigate('/integrations/webhooks');
          }}
        />
      )}
    </main>
  );
}
