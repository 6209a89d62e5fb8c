// Every operation the web app sends must pass the API's request limits (depth 12, aliases, directives, tokens) and
// validation, or its screen fails to load for everyone: the job page once went 13 deep through a fragment and broke.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './start-test-server.ts';
import { webAppOperation, webAppOperationNames } from './web-app-operation.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Answer {
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Sends a document signed out and without variables: the limits and validation run before anything else, so what
 * comes back past them is a missing variable or a refusal to a signed-out caller; nothing is written.
 */
async function refusalsBeforeExecution(query: string, operationName: string): Promise<string[]> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, operationName }),
  });
  const answer = (await response.json()) as Answer;
  return (answer.errors ?? [])
    .filter((error) => ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'QUERY_TOO_COSTLY'].includes(error.extensions?.code ?? '') || /depth|aliases|directives|tokens/i.test(error.message))
    .map((error) => `${operationName}: ${error.message}`);
}

describe("the web app's operations", () => {
  it('are all accepted by the API: none too deep, too wide or invalid', async () => {
    const names = webAppOperationNames();
    expect(names.length).toBeGreaterThan(50);
    expect(names).toContain('RecruiterJobPage_Query');
    const refusals: string[] = [];
    for (const name of names) refusals.push(...(await refusalsBeforeExecution(webAppOperation(name), name)));
    expect(refusals).toEqual([]);
  });

  it('would be reported here if one went past the depth limit', async () => {
    // job > proposals > edges > node > job, three times over: 14 deep.
    const tooDeep = `query TooDeep { job(id: "x") { ${'proposals(first: 1) { edges { node { job { '.repeat(3)}id${' } } } }'.repeat(3)} } }`;
    expect(await refusalsBeforeExecution(tooDeep, 'TooDeep')).toEqual([expect.stringMatching(/^TooDeep: .*depth/i)]);
  });
});
