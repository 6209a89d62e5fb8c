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

  it("lists the agency's keys to its admin, newest first, with how many there are", async () => {
    const { admin, result } = await createKey();
    const { body } = await admin.graphql('{ apiKeys(first: 1) { totalCount edges { node { id } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.apiKeys.edges).toEqual([{ node: { id: result.apiKey.id } }]);
    const agencyId = (await server.db.prisma.apiKey.findFirstOrThrow({ where: { prefix: result.apiKey.prefix } })).agencyId;
    expect(body.data.apiKeys.totalCount).toBe(await server.db.prisma.apiKey.count({ where: { agencyId } }));
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

const VIEWER = /* GraphQL */ `{
  viewer { kind scopes agency { name } user { email } apiKey { id name prefix scopes revokedAt clientCompany { id name } } }
}`;

describe('a key that knows itself', () => {
  it('reads its own name, prefix, scopes, client limit and agency through `viewer`', async () => {
    const admin = server.browser();
    await admin.signIn('admin@shortlist.test');
    const companies = await admin.graphql('{ clientCompanies { id name } }');
    const company = companies.body.data.clientCompanies[0];
    const { body: created } = await admin.graphql(CREATE, {
      input: { name: 'Acme HR sync', scopes: ['PROPOSALS_WRITE', 'CANDIDATES_READ'], clientCompanyId: company.id },
    });
    const { secret, apiKey } = created.data.createApiKey;
    const { body } = await server.graphql(VIEWER, undefined, { authorization: `Bearer ${secret}` });
    expect(body.errors).toBeUndefined();
    expect(body.data.viewer).toEqual({
      kind: 'API_KEY',
      scopes: ['PROPOSALS_WRITE', 'CANDIDATES_READ'],
      agency: { name: expect.any(String) },
      user: null,
      apiKey: { id: apiKey.id, name: 'Acme HR sync', prefix: apiKey.prefix, scopes: ['PROPOSALS_WRITE', 'CANDIDATES_READ'], revokedAt: null, clientCompany: company },
    });
    // `me` stays as it was: a key is no person.
    expect((await server.graphql('{ me { id } }', undefined, { authorization: `Bearer ${secret}` })).body.data.me).toBeNull();
    // Another key of the agency is not the viewer's to read.
    const { result: other } = await createKey(['JOBS_READ']);
    const node = await server.graphql('query($id: ID!) { node(id: $id) { id } }', { id: other.apiKey.id }, { authorization: `Bearer ${secret}` });
    expect(node.body.data.node).toBeNull();
  });

  it('answers for a person with their user and no scopes, and null when signed out', async () => {
    const recruiter = server.browser();
    await recruiter.signIn('recruiter@shortlist.test');
    const { body } = await recruiter.graphql(VIEWER);
    expect(body.data.viewer).toMatchObject({ kind: 'USER', scopes: [], user: { email: 'recruiter@shortlist.test' }, apiKey: null });
    expect((await server.graphql(VIEWER)).body.data.viewer).toBeNull();
  });
});

describe('a key refused for a missing scope', () => {
  it('is told which scope, on queries (a top-level error) and on mutations (NotAllowedError.requiredScope)', async () => {
    const { result } = await createKey(['CANDIDATES_READ']);
    const headers = { authorization: `Bearer ${result.secret}` };
    const jobs = await server.graphql('{ jobs(first: 1) { edges { cursor } } }', undefined, headers);
    expect(jobs.body.data).toBeNull();
    expect(jobs.body.errors.map((e: any) => e.message)).toEqual(['This API key needs the JOBS_READ scope to read jobs.']);
    const proposals = await server.graphql('{ proposals(first: 1) { edges { cursor } } }', undefined, headers);
    expect(proposals.body.errors[0].message).toBe('This API key needs the PROPOSALS_READ scope to read proposals.');
    const offer = await server.graphql(
      'mutation($input: RejectCandidateInput!) { rejectCandidate(input: $input) { __typename ... on NotAllowedError { message requiredScope } } }',
      { input: { proposalId: 'UHJvcG9zYWw6eA==', reason: 'SKILLS_GAP', message: 'The client has decided not to go on.' } },
      headers,
    );
    expect(offer.body.data.rejectCandidate).toEqual({
      __typename: 'NotAllowedError',
      message: 'This API key needs the PROPOSALS_WRITE scope to use rejectCandidate.',
      requiredScope: 'PROPOSALS_WRITE',
    });
    // What no scope allows (an admin's operation) stays the plain refusal.
    const create = await server.graphql(CREATE, { input: { name: 'Nested', scopes: ['JOBS_READ'] } }, headers);
    expect(create.body.data.createApiKey).toEqual({ __typename: 'NotAllowedError', message: 'You are not allowed to see or do this.' });
  });
});
