import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/start-test-server.ts';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreateApiKeySuccess { secret apiKey { id name prefix scopes revokedAt } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { field message } }
    }
  }`;
const REVOKE = /* GraphQL */ `
  mutation Revoke($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) { __typename ... on RevokeApiKeySuccess { apiKey { revokedAt } } ... on Error { message } }
  }`;
const JOB_BOARD = '{ jobBoard(first: 1) { edges { cursor } } }';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('demo');
});
afterAll(() => server.close());

async function createKey(scopes = ['JOBS_READ']) {
  const admin = server.browser();
  await admin.signIn('admin@shortlist.test');
  const { body } = await admin.graphql(CREATE, { input: { name: 'Acme careers site', scopes } });
  return { admin, result: body.data.createApiKey };
}

describe('partner API keys', () => {
  it('an admin creates a key whose secret is shown once and works as a bearer token', async () => {
    const { result } = await createKey(['JOBS_READ', 'JOBS_READ']);
    expect(result.__typename).toBe('CreateApiKeySuccess');
    expect(result.secret).toMatch(/^sl_live_[A-Za-z0-9]{8}_/);
    expect(result.secret.startsWith(`sl_live_${result.apiKey.prefix}_`)).toBe(true);
    expect(result.apiKey.scopes).toEqual(['JOBS_READ']);
    const stored = await server.db.prisma.apiKey.findFirstOrThrow({ where: { prefix: result.apiKey.prefix } });
    expect(stored.keyHash).not.toContain(result.secret);
    const { status } = await server.graphql(JOB_BOARD, undefined, { authorization: `Bearer ${result.secret}` });
    expect(status).toBe(200);
  });

  it('a revoked key is refused with 401 on its next request', async () => {
    const { admin, result } = await createKey();
    const { body } = await admin.graphql(REVOKE, { input: { id: result.apiKey.id } });
    expect(body.data.revokeApiKey.apiKey.revokedAt).toEqual(expect.any(String));
    const { status, body: refused } = await server.graphql(JOB_BOARD, undefined, { authorization: `Bearer ${result.secret}` });
    expect(status).toBe(401);
    expect(refused.errors[0].message).toBe('This API key is not valid or was revoked.');
  });

  it('needs a name and at least one scope, each named', async () => {
    const admin = server.browser();
    await admin.signIn('admin@shortlist.test');
    const { body } = await admin.graphql(CREATE, { input: { name: ' ', scopes: [] } });
    expect(body.data.createApiKey.fieldErrors).toEqual([
      { field: 'name', message: 'Name the key (at least 2 characters).' },
      { field: 'scopes', message: 'Choose at least one scope.' },
    ]);
  });

  it('cannot be created or revoked by a recruiter, a candidate, another agency or anyone signed out', async () => {
    const { result } = await createKey();
    for (const login of ['recruiter@shortlist.test', 'candidate@shortlist.test', 'recruiter@otheragency.test', null]) {
      const browser = server.browser();
      if (login) await browser.signIn(login);
      const created = await browser.graphql(CREATE, { input: { name: 'Sneaky', scopes: ['CANDIDATES_READ'] } });
      expect(created.body.data.createApiKey).toEqual({ __typename: 'NotAllowedError', message: 'You are not allowed to see or do this.' });
      const revoked = await browser.graphql(REVOKE, { input: { id: result.apiKey.id } });
      expect(revoked.body.data.revokeApiKey.__typename).toBe('NotAllowedError');
    }
    const otherAdminAgency = await server.db.prisma.apiKey.count({ where: { name: 'Sneaky' } });
    expect(otherAdminAgency).toBe(0);
    const key = await server.db.prisma.apiKey.findFirstOrThrow({ where: { prefix: result.apiKey.prefix } });
    expect(key.revokedAt).toBeNull();
  });
});
