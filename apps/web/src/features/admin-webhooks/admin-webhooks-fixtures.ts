import type { MockLink } from '@apollo/client/testing';
import type { WebhookDeliveryStatus } from '../../gql/graphql';
import { WEBHOOKS_PAGE_SIZE, WebhooksPage_Query } from './WebhooksPage';
import { DELIVERIES_PAGE_SIZE, WebhookEndpointPage_Query } from './WebhookEndpointPage';

/** Test data for the webhook screens, shaped as the API answers (global IDs, ISO times in UTC). */

export const ACME = { __typename: 'ClientCompany' as const, id: 'client-acme', name: 'Acme GmbH' };
export const ORCHID = { __typename: 'ClientCompany' as const, id: 'client-orchid', name: 'Orchid Pay' };
export const SIGNING_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

export const EVENT_TYPES = [
  { __typename: 'WebhookEventDefinition' as const, type: 'candidate.updated', description: "A candidate's profile changed; `data.changed` names the fields." },
  { __typename: 'WebhookEventDefinition' as const, type: 'job.created', description: 'A job was created (as a draft or open).' },
  { __typename: 'WebhookEventDefinition' as const, type: 'proposal.proposed', description: 'A recruiter proposed a candidate for a job.' },
  { __typename: 'WebhookEventDefinition' as const, type: 'proposal.accepted', description: 'The candidate accepted a proposal and picked an interview slot.' },
  { __typename: 'WebhookEventDefinition' as const, type: 'proposal.declined', description: 'The candidate declined a proposal or an offer.' },
  { __typename: 'WebhookEventDefinition' as const, type: 'proposal.hired', description: 'The candidate accepted the offer, or the hire was recorded.' },
  { __typename: 'WebhookEventDefinition' as const, type: 'interview.scheduled', description: 'An interview was scheduled.' },
];

type Attempt = { attemptedAt: string; responseStatus: number | null; latencyMs: number; error: string | null; isManual?: boolean };

export function attempt({ attemptedAt, responseStatus, latencyMs, error, isManual = false }: Attempt) {
  return { __typename: 'WebhookAttempt' as const, attemptedAt, responseStatus, latencyMs, error, isManual };
}

/** A delivery's global ID, as the API makes it: "WebhookDelivery:<uuid>" in base64. */
export function deliveryId(uuid: string): string {
  return btoa(`WebhookDelivery:${uuid}`);
}

export function delivery({
  uuid,
  eventType = 'proposal.proposed',
  position = '41',
  status = 'SUCCEEDED',
  attemptCount = 1,
  nextAttemptAt = null,
  createdAt = '2026-12-04T10:03:16.000Z',
  attempts = [attempt({ attemptedAt: '2026-12-04T10:03:17.000Z', responseStatus: 200, latencyMs: 84, error: null })],
  entity = 'Proposal',
  subjectId = 'UHJvcG9zYWw6MQ==',
}: {
  uuid: string;
  eventType?: string;
  position?: string;
  status?: WebhookDeliveryStatus;
  attemptCount?: number;
  nextAttemptAt?: string | null;
  createdAt?: string;
  attempts?: ReturnType<typeof attempt>[];
  entity?: string;
  subjectId?: string;
}) {
  return {
    __typename: 'WebhookDelivery' as const,
    id: deliveryId(uuid),
    webhookId: uuid,
    eventType,
    changePosition: position,
    status,
    attemptCount,
    nextAttemptAt,
    createdAt,
    payload: JSON.stringify({ type: eventType, timestamp: createdAt, data: { id: subjectId, entity, position } }),
    attempts,
  };
}

type EndpointOptions = {
  id: string;
  url?: string;
  description?: string;
  eventTypes?: string[];
  isEnabled?: boolean;
  disabledReason?: string | null;
  client?: typeof ACME | null;
  previousSecretExpiresAt?: string | null;
  lastDelivery?: ReturnType<typeof delivery> | null;
  consecutiveFailures?: number;
  deliveries?: ReturnType<typeof delivery>[];
};

function connection<T extends { id: string }>(typename: string, nodes: T[], hasNextPage = false) {
  return {
    __typename: `${typename}Connection`,
    edges: nodes.map((node) => ({ __typename: `${typename}Edge`, cursor: `c-${node.id}`, node })),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.at(-1) ? `c-${nodes.at(-1)!.id}` : null },
  };
}

export function endpoint({
  id,
  url = 'https://hr.acme.example/shortlist/webhooks',
  description = 'Acme HR sync',
  eventTypes = ['proposal.proposed', 'proposal.accepted', 'proposal.declined', 'proposal.hired'],
  isEnabled = true,
  disabledReason = null,
  client = null,
  previousSecretExpiresAt = null,
  lastDelivery = null,
  consecutiveFailures = 0,
  deliveries = [],
}: EndpointOptions) {
  return {
    __typename: 'WebhookEndpoint' as const,
    id,
    url,
    description,
    eventTypes,
    isEnabled,
    disabledAt: isEnabled ? null : '2026-12-03T22:00:00.000Z',
    disabledReason,
    previousSecretExpiresAt,
    createdAt: '2026-12-01T09:30:00.000Z',
    createdBy: { __typename: 'User' as const, id: 'user-admin', name: 'Morgan Ellis' },
    clientCompany: client,
    lastDelivery,
    consecutiveFailures,
    deliveries: connection('WebhookDelivery', deliveries),
  };
}

const ME = { __typename: 'User' as const, id: 'user-admin', timeZone: 'Europe/London' };

/** The list page's answer. */
export function webhooksPage(endpoints: ReturnType<typeof endpoint>[]): MockLink.MockedResponse {
  return {
    request: { query: WebhooksPage_Query, variables: { first: WEBHOOKS_PAGE_SIZE } },
    result: {
      data: {
        me: ME,
        webhookEndpoints: connection('WebhookEndpoint', endpoints),
        webhookEventTypes: EVENT_TYPES,
        clientCompanies: [ACME, ORCHID],
      },
    },
  };
}

/** An endpoint page's answer (all deliveries, or those in `status`). */
export function endpointPage(node: ReturnType<typeof endpoint> | null, status: WebhookDeliveryStatus[] | null = null): MockLink.MockedResponse {
  return {
    request: { query: WebhookEndpointPage_Query, variables: { id: node?.id ?? 'gone', first: DELIVERIES_PAGE_SIZE, status } },
    result: { data: { me: ME, webhookEventTypes: EVENT_TYPES, clientCompanies: [ACME, ORCHID], node } },
  };
}

/** A mutation's answer, recording the input it was sent. */
export function answers(query: MockLink.MockedResponse['request']['query'], data: Record<string, unknown>, sent: unknown[]): MockLink.MockedResponse {
  return {
    request: {
      query,
      variables: (variables: { input: unknown }) => {
        sent.push(variables.input);
        return true;
      },
    },
    result: { data },
  };
}
