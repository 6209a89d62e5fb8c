// How a partner gets its key: an agency admin creates it, in the web app (Integrations, API keys) or with `createApiKey`,
// and hands the secret over once. `admin` is a signed-in admin's session (sign-in.ts); scopes are the schema's
// `ApiKeyScope` values.
import type { GraphQLRequest } from './graphql-client.ts';

export type ApiKeyScope = 'JOBS_READ' | 'CANDIDATES_READ' | 'PROPOSALS_READ' | 'JOBS_WRITE' | 'CANDIDATES_WRITE' | 'PROPOSALS_WRITE';

export interface CreatedKey {
  /** `Authorization: Bearer <secret>`. Shown this once: store it in the partner system's secret store. */
  secret: string;
  apiKey: { id: string; prefix: string; scopes: ApiKeyScope[] };
}

const CREATE_API_KEY = /* GraphQL */ `mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreateApiKeySuccess { secret apiKey { id prefix scopes } }
    ... on Error { message }
  }
}`;

export async function createKey(
  admin: GraphQLRequest,
  input: { name: string; scopes: ApiKeyScope[]; clientCompanyId?: string },
): Promise<CreatedKey> {
  const { createApiKey: result } = await admin<{ createApiKey: { __typename: string; message?: string } & Partial<CreatedKey> }>(CREATE_API_KEY, { input });
  if (result.__typename !== 'CreateApiKeySuccess') throw new Error(`createApiKey: ${result.__typename}: ${result.message}`);
  return { secret: result.secret!, apiKey: result.apiKey! };
}
