// Signing in as a person, the way the web app does (`signIn`, then the session cookie on every request). A partner
// system never does this: it holds an API key. The example uses it only where a person acts: an admin creating the
// key and the webhook endpoint (create-key.ts), and, in the test, the recruiter and candidate whose changes the
// partner then syncs.
import type { GraphQLRequest } from './graphql-client.ts';

const SIGN_IN = /* GraphQL */ `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { __typename ... on Error { message } }
}`;

/** Signs in and answers a request function that sends the session cookie; throws when the sign-in is refused. */
export async function signIn(url: string, email: string, password: string): Promise<GraphQLRequest> {
  const endpoint = `${url.replace(/\/$/, '')}/graphql`;
  let cookie: string | null = null;
  const request: GraphQLRequest = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0]!;
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length || !body.data) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
    return body.data;
  };
  const { signIn: result } = await request<{ signIn: { __typename: string; message?: string } }>(SIGN_IN, { input: { email, password } });
  if (result.__typename !== 'SignInSuccess') throw new Error(`Signing in as ${email} failed: ${result.message ?? result.__typename}`);
  return request;
}
