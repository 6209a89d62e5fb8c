import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { deliveryStatusClass, deliveryStatusInWords } from './delivery-words';
import { EventTypeChips } from './EventTypeChips';
import { formatLogTime } from './format-webhook-time';

export const WebhookEndpointRow_endpoint = graphql(`
  fragment WebhookEndpointRow_endpoint on WebhookEndpoint {
    id
    url
    description
    eventTypes
    isEnabled
    disabledReason
    clientCompany {
      id
      name
    }
    lastDelivery {
      id
      status
      attemptCount
      createdAt
      attempts {
        attemptedAt
        responseStatus
      }
    }
    consecutiveFailures
  }
`);

/** The endpoint's page. */
export function endpointHref(id: string): string {
  return `/integrations/webhooks/${encodeURIComponent(id)}`;
}

/**
 * One endpoint in the admin's table: what it is for and where it posts, the events and client it gets, whether it
 * is delivering, its latest delivery and how many attempts in a row have failed.
 */
export function WebhookEndpointRow({ endpoint, timeZone }: { endpoint: FragmentType<typeof WebhookEndpointRow_endpoint>; timeZone: string }) {
  const { data, complete } = useFragment({ fragment: WebhookEndpointRow_endpoint, fragmentName: 'WebhookEndpointRow_endpoint', from: endpoint });
  if (!complete) return null;
  const latest = data.lastDelivery;
  const lastAttempt = latest?.attempts.at(-1);

  return (
    <tr className={data.isEnabled ? 'webhook-row' : 'webhook-row webhook-row--disabled'}>
      <th scope="row" className="webhook-row__endpoint">
        <Link href={endpointHref(data.id)} className="webhook-row__name">
          {data.description || data.url}
        </Link>
        {data.description && <code className="webhook-row__url">{data.url}</code>}
      </th>
      <td>
        <EventTypeChips eventTypes={data.eventTypes} />
        <span className="webhook-row__muted">{data.clientCompany ? `Only ${data.clientCompany.name}` : 'All clients'}</span>
      </td>
      <td>
        {data.isEnabled ? (
          <span className="status status--open">Enabled</span>
        ) : (
          <>
            <span className="status status--failing">Disabled</span>
            {data.disabledReason && <span className="webhook-row__muted">{data.disabledReason}</span>}
          </>
        )}
      </td>
      <td>
        <span className="webhook-row__cell-label" aria-hidden="true">
          Last delivery{' '}
        </span>
        {latest ? (
          <>
            <span className={deliveryStatusClass(latest.status, latest.attemptCount)}>{deliveryStatusInWords(latest.status, latest.attemptCount)}</span>
            <span className="webhook-row__muted">
              {lastAttempt ? (
                <>
                  {`${lastAttempt.responseStatus === null ? 'no answer' : `HTTP ${lastAttempt.responseStatus}`}, `}
                  <time dateTime={lastAttempt.attemptedAt}>{formatLogTime(lastAttempt.attemptedAt, timeZone)}</time>
                </>
              ) : (
                <>
                  queued <time dateTime={latest.createdAt}>{formatLogTime(latest.createdAt, timeZone)}</time>
                </>
              )}
            </span>
          </>
        ) : (
          'None yet'
        )}
      </td>
      <td>
        <span className="webhook-row__cell-label" aria-hidden="true">
          Failures in a row{' '}
        </span>
        {data.consecutiveFailures}
      </td>
    </tr>
  );
}
