import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { EventTypeChips } from './EventTypeChips';
import { formatWebhookTime } from './format-webhook-time';

export const EndpointSettings_endpoint = graphql(`
  fragment EndpointSettings_endpoint on WebhookEndpoint {
    id
    url
    description
    eventTypes
    isEnabled
    disabledAt
    disabledReason
    previousSecretExpiresAt
    createdAt
    createdBy {
      id
      name
    }
    clientCompany {
      id
      name
    }
  }
`);

/** What an endpoint is set to: address, purpose, events, client, whether it delivers, its secret's state, origin. */
export function EndpointSettings({ endpoint, timeZone, now }: { endpoint: FragmentType<typeof EndpointSettings_endpoint>; timeZone: string; now: Date }) {
  const { data, complete } = useFragment({ fragment: EndpointSettings_endpoint, fragmentName: 'EndpointSettings_endpoint', from: endpoint });
  if (!complete) return null;
  const overlapEnd = data.previousSecretExpiresAt && new Date(data.previousSecretExpiresAt) > now ? data.previousSecretExpiresAt : null;

  return (
    <dl className="facts endpoint-settings">
      <div>
        <dt>URL</dt>
        <dd>
          <code className="endpoint-settings__url">{data.url}</code>
        </dd>
      </div>
      <div>
        <dt>Description</dt>
        <dd>{data.description || <span className="delivery-row__muted">None</span>}</dd>
      </div>
      <div>
        <dt>Events</dt>
        <dd>
          <EventTypeChips eventTypes={data.eventTypes} isComplete />
        </dd>
      </div>
      <div>
        <dt>Client</dt>
        <dd>{data.clientCompany ? `Only ${data.clientCompany.name} (no candidate events)` : 'All clients'}</dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>
          {data.isEnabled ? (
            <span className="status status--open">Enabled</span>
          ) : (
            <>
              <span className="status status--failing">Disabled</span>{' '}
              {data.disabledReason}
              {data.disabledAt && (
                <>
                  {' '}
                  Since <time dateTime={data.disabledAt}>{formatWebhookTime(data.disabledAt, timeZone)}</time>; changes wait until it is
                  resumed.
                </>
              )}
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>Signing secret</dt>
        <dd>
          {overlapEnd ? (
            <>
              Rotated. Until <time dateTime={overlapEnd}>{formatWebhookTime(overlapEnd, timeZone)}</time> each delivery is signed
              with the previous secret too.
            </>
          ) : (
            'One secret in use.'
          )}
        </dd>
      </div>
      <div>
        <dt>Registered</dt>
        <dd>
          <time dateTime={data.createdAt}>{formatWebhookTime(data.createdAt, timeZone)}</time> by {data.createdBy.name}
        </dd>
      </div>
    </dl>
  );
}
