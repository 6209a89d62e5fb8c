// An agency admin registers the partner's receiver (webhook-receiver.ts), in the web app or with
// `createWebhookEndpoint`; the answer holds the endpoint's signing secret (`whsec_…`), shown this once.
import type { GraphQLRequest } from './graphql-client.ts';

export interface RegisteredEndpoint {
  secret: string;
  webhookEndpoint: { id: string; url: string; eventTypes: string[] };
}

const CREATE_WEBHOOK_ENDPOINT = /* GraphQL */ `mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    __typename
    ... on CreateWebhookEndpointSuccess { secret webhookEndpoint { id url eventTypes } }
    ... on ValidationError { fieldErrors { field message } }
    ... on Error { message }
  }
}`;

/** `eventTypes` left out: every type (see the `webhookEventTypes` query). */
export async function registerWebhookEndpoint(
  admin: GraphQLRequest,
  input: { url: string; description: string; eventTypes?: string[]; clientCompanyId?: string },
): Promise<RegisteredEndpoint> {
  const { createWebhookEndpoint: result } = await admin<{ createWebhookEndpoint: { __typename: string; message?: string } & Partial<RegisteredEndpoint> }>(
    CREATE_WEBHOOK_ENDPOINT,
    { input },
  );
  if (result.__typename !== 'CreateWebhookEndpointSuccess') throw new Error(`createWebhookEndpoint: ${result.__typename}: ${JSON.stringify(result)}`);
  return { secret: result.secret!, webhookEndpoint: result.webhookEndpoint! };
}
