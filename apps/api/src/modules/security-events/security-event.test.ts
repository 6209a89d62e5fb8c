import { hashPassword } from '@shortlist/db/auth/hash-password';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const EVENTS = /* GraphQL */ `
  query Events($kinds: [SecurityEventKind!]) {
    securityEvents(first: 50, kinds: $kinds) {
      totalCount
      edges { node { kind email ip user { email } apiKey { name } } }
    }
  }`;
const CREATE_KEY = /* GraphQL */ `
  mutation { createApiKey(input: { name: "Acme careers site", scopes: [JOBS_READ, CANDIDATES_READ, PROPOSALS_READ, PROPOSALS_WRITE] }) {
    ... on CreateApiKeySuccess { secret }
  } }`;
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }';

let server: TestServer;
let admin: TestBrowser;
let partnerKey: string;
beforeAll(async () => {
  server = await startTestServer('demo');
  // Another agency's admin, to show that each admin reads only their own agency's events.
  const harborFinch = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@otheragency.test' } });
  await server.db.prisma.user.create({
    data: { agencyId: harborFinch.agencyId, email: 'admin@otheragency.test', name: 'Ola Admin', role: 'ADMIN', passwordHash: await hashPassword('shortlist') },
  });
  await server.browser().graphql(SIGN_IN, { input: { email: 'recruiter@shortlist.test', password: 'wrong' } });
  await server.browser().graphql(SIGN_IN, { input: { email: 'nobody@shortlist.test', password: 'wrong' } });
  await server.browser().graphql(SIGN_IN, { input: { email: 'recruiter@otheragency.test', password: 'wrong' } });
  admin = server.browser();
  await admin.signIn('admin@shortlist.test');
  partnerKey = (await admin.graphql(CREATE_KEY)).body.data.createApiKey.secret;
  for (let i = 0; i < 3; i += 1) await server.graphql('{ jobBoard(first: 1) { edges { cursor } } }', undefined, { authorization: `Bearer ${partnerKey}` });
});
afterAll(() => server.close());

describe("the agency admin's access log", () => {
  it("lists the agency's failed and successful sign-ins and its key in use, newest first", async () => {
    const { body } = await admin.graphql(EVENTS);
    expect(body.errors).toBeUndefined();
    expect(body.data.securityEvents.edges.map((e: any) => e.node)).toEqual([
      { kind: 'API_KEY_USED', email: null, ip: expect.any(String), user: null, apiKey: { name: 'Acme careers site' } },
      { kind: 'SIGN_IN_SUCCEEDED', email: 'admin@shortlist.test', ip: expect.any(String), user: { email: 'admin@shortlist.test' }, apiKey: null },
      { kind: 'SIGN_IN_FAILED', email: 'recruiter@shortlist.test', ip: expect.any(String), user: { email: 'recruiter@shortlist.test' }, apiKey: null },
    ]);
  });

  it('records a key in use at most once a minute, however often it is used', async () => {
    const { body } = await admin.graphql(EVENTS, { kinds: ['API_KEY_USED'] });
    expect(body.data.securityEvents.edges).toHaveLength(1);
  });

  it('counts the whole log with the same kinds, not only the page', async () => {
    const firstOnly = await admin.graphql('{ securityEvents(first: 1) { totalCount edges { cursor } } }');
    expect(firstOnly.body.data.securityEvents).toMatchObject({ totalCount: 3, edges: [expect.anything()] });
    const failed = await admin.graphql(EVENTS, { kinds: ['SIGN_IN_FAILED'] });
    expect(failed.body.data.securityEvents.totalCount).toBe(1);
  });

  it('keeps sign-ins with an e-mail no account has out of every agency’s log', async () => {
    const unknown = await server.db.prisma.securityEvent.findMany({ where: { email: 'nobody@shortlist.test' } });
    expect(unknown).toEqual([expect.objectContaining({ kind: 'SIGN_IN_FAILED', agencyId: null, userId: null })]);
  });

  it("shows another agency's admin only their own agency's events", async () => {
    const otherAdmin = server.browser();
    await otherAdmin.signIn('admin@otheragency.test');
    const { body } = await otherAdmin.graphql(EVENTS, { kinds: ['SIGN_IN_FAILED'] });
    expect(body.data.securityEvents.edges.map((e: any) => e.node.email)).toEqual(['recruiter@otheragency.test']);
  });

  it('is refused to a recruiter, a candidate and a partner key', async () => {
    const recruiter = server.browser();
    await recruiter.signIn('recruiter@shortlist.test');
    const candidate = server.browser();
    await candidate.signIn('candidate@shortlist.test');
    const answers = [
      (await recruiter.graphql(EVENTS)).body,
      (await candidate.graphql(EVENTS)).body,
      (await server.graphql(EVENTS, undefined, { authorization: `Bearer ${partnerKey}` })).body,
    ];
    for (const body of answers) {
      expect(body.data).toBeNull();
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });
});
