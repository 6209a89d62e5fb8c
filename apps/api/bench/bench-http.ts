// Small HTTP helpers the benchmarks share: a free port for a server they start, and a signed-in session cookie.
import { once } from 'node:events';
import net from 'node:net';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nothing listens on right now, for a server process the benchmark starts. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  return port;
}

/** Signs in through the `signIn` mutation, the way the web app does, and returns the session cookie (`name=value`). */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename ... on Error { message } } }',
      variables: { input: { email, password } },
    }),
  });
  const text = await response.text();
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie || !text.includes('"SignInSuccess"')) throw new Error(`signing in as ${email} failed (${response.status}): ${text}`);
  return cookie;
}
