// What a key may do, asked of the key itself: its agency, scopes and client limit. A partner system reads it at start
// to fail early with a clear message instead of on the first refused request.
import type { ApiKeyScope } from './create-key.ts';
import type { GraphQLRequest } from './graphql-client.ts';

export interface Viewer {
  kind: 'API_KEY' | 'USER';
  scopes: ApiKeyScope[];
  agency: { name: string };
  apiKey: { name: string; prefix: string; clientCompany: { id: string; name: string } | null } | null;
}

const VIEWER = /* GraphQL */ `query Viewer {
  viewer { kind scopes agency { name } apiKey { name prefix clientCompany { id name } } }
}`;

/** Throws when the key lacks one of `needed`, naming the scopes to ask the agency's admin for. */
export async function readViewer(request: GraphQLRequest, needed: ApiKeyScope[] = []): Promise<Viewer> {
  const { viewer } = await request<{ viewer: Viewer }>(VIEWER);
  const missing = needed.filter((scope) => !viewer.scopes.includes(scope));
  if (missing.length > 0) throw new Error(`This key lacks ${missing.join(', ')}: ask the agency's admin for a key with them.`);
  return viewer;
}
