// `me` is on every page: the session's statement reads the person, their agency and its cancellation policy, and `me`
// answers from that row when the query asks no more (modules/users/me-from-session.ts). These check the answer is
// the one Prisma gave, that it follows changes at once, and that anything more still comes from the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestBrowser, type TestServer } from './start-test-server.ts';

let server: TestServer;
let admin: TestBrowser;
let candidate: TestBrowser;

beforeAll(async () => {
  server = await startTestServer('demo');
  admin = server.browser();
  candidate = server.browser();
  await admin.signIn('admin@shortlist.test');
  await candidate.signIn('candidate@shortlist.test');
});
afterAll(() => server.close());

/** What the web app's pages ask of their viewer, and every other column of the three rows. */
const EVERYTHING = `{ me { id name email role timeZone createdAt updatedAt
  agency { id name createdAt updatedAt cancellationPolicy { lateNoticeMinutes noShowGraceMinutes updatedAt } } } }`;

/** The Prisma statements a request sends (the session's own statement is plain SQL and is not among them). */
async function statementsOf(browser: TestBrowser, query: string, variables?: Record<string, unknown>) {
  server.queries.length = 0;
  const { body } = await browser.graphql(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return { data: body.data, statements: [...server.queries] };
}

describe('me, answered from the session', () => {
  it("is what the database holds, with no statement of its own, the agency's policy included", async () => {
    const { prisma } = server.db;
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'admin@shortlist.test' }, include: { agency: { include: { cancellationPolicy: true } } } });

    const { data, statements } = await statementsOf(admin, EVERYTHING);

    expect(statements).toEqual([]);
    const policy = user.agency.cancellationPolicy;
    expect(data.me).toEqual({
      id: expect.any(String),
      name: user.name,
      email: user.email,
      role: 'ADMIN',
      timeZone: user.timeZone,
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
      agency: {
        id: expect.any(String),
        name: user.agency.name,
        createdAt: user.agency.createdAt.toISOString(),
        updatedAt: user.agency.updatedAt.toISOString(),
        cancellationPolicy: {
          lateNoticeMinutes: policy?.lateNoticeMinutes ?? 1440,
          noShowGraceMinutes: policy?.noShowGraceMinutes ?? 15,
          updatedAt: (policy?.updatedAt ?? new Date(0)).toISOString(),
        },
      },
    });
  });

  it('shows a change of name, time zone or policy on the very next request', async () => {
    const settings = await admin.graphql(
      `mutation($input: UpdateMySettingsInput!) { updateMySettings(input: $input) { __typename ... on UpdateMySettingsSuccess { viewer { name timeZone } } } }`,
      { input: { name: 'Avery Admin-Okafor', timeZone: 'America/Chicago' } },
    );
    expect(settings.body.data.updateMySettings).toEqual({ __typename: 'UpdateMySettingsSuccess', viewer: { name: 'Avery Admin-Okafor', timeZone: 'America/Chicago' } });
    const policy = await admin.graphql(
      `mutation($input: UpdateCancellationPolicyInput!) { updateCancellationPolicy(input: $input) { __typename } }`,
      { input: { lateNoticeMinutes: 2880, noShowGraceMinutes: 30 } },
    );
    expect(policy.body.data.updateCancellationPolicy.__typename).toBe('UpdateCancellationPolicySuccess');

    const { data, statements } = await statementsOf(admin, '{ me { name timeZone agency { cancellationPolicy { lateNoticeMinutes noShowGraceMinutes } } } }');

    expect(statements).toEqual([]);
    expect(data.me).toEqual({ name: 'Avery Admin-Okafor', timeZone: 'America/Chicago', agency: { cancellationPolicy: { lateNoticeMinutes: 2880, noShowGraceMinutes: 30 } } });
  });

  it("reads the database for what the session's statement does not hold: a candidate's profile", async () => {
    const { data, statements } = await statementsOf(candidate, '{ me { name candidateProfile { fullName } } }');

    expect(statements.map((sql) => /FROM\s+"(?:\w+"\.")?(\w+)"/i.exec(sql)?.[1])).toEqual(['User']);
    expect(data.me.candidateProfile.fullName).toEqual(expect.any(String));
    expect(data.me.name).toEqual(expect.any(String));
  });

  it('is null once the session is signed out', async () => {
    const guest = server.browser();
    await guest.signIn('recruiter@shortlist.test');
    await guest.graphql('mutation { signOut }');

    const { body } = await guest.graphql('{ me { name agency { name } } }');

    expect(body).toMatchObject({ data: { me: null } });
  });
});
