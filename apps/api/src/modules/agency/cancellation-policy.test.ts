import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/start-test-server.ts';

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateCancellationPolicyInput!) {
    updateCancellationPolicy(input: $input) {
      __typename
      ... on UpdateCancellationPolicySuccess { agency { name cancellationPolicy { lateNoticeMinutes noShowGraceMinutes } } }
      ... on ValidationError { fieldErrors { field message } }
      ... on NotAllowedError { message }
    }
  }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('demo');
});
afterAll(() => server.close());

describe("the agency's cancellation policy", () => {
  it('an admin changes it and the agency reads the new values', async () => {
    const admin = server.browser();
    await admin.signIn('admin@shortlist.test');
    const { body } = await admin.graphql(UPDATE, { input: { lateNoticeMinutes: 48 * 60, noShowGraceMinutes: 10 } });
    expect(body.data.updateCancellationPolicy).toEqual({
      __typename: 'UpdateCancellationPolicySuccess',
      agency: { name: 'Northwind Talent', cancellationPolicy: { lateNoticeMinutes: 2880, noShowGraceMinutes: 10 } },
    });
  });

  it('refuses values outside its bounds, naming each field', async () => {
    const admin = server.browser();
    await admin.signIn('admin@shortlist.test');
    const { body } = await admin.graphql(UPDATE, { input: { lateNoticeMinutes: -1, noShowGraceMinutes: 500 } });
    expect(body.data.updateCancellationPolicy.fieldErrors).toEqual([
      { field: 'lateNoticeMinutes', message: 'Use 0 or more minutes.' },
      { field: 'noShowGraceMinutes', message: 'At most 120 minutes.' },
    ]);
  });

  it('a recruiter, a candidate or another agency cannot change it', async () => {
    const northwind = await server.db.prisma.agency.findFirstOrThrow({ where: { name: 'Northwind Talent' } });
    const before = await server.db.prisma.cancellationPolicy.findUnique({ where: { agencyId: northwind.id } });
    for (const login of ['recruiter@shortlist.test', 'candidate@shortlist.test', 'recruiter@otheragency.test']) {
      const browser = server.browser();
      await browser.signIn(login);
      const { body } = await browser.graphql(UPDATE, { input: { lateNoticeMinutes: 0, noShowGraceMinutes: 5 } });
      expect(body.data.updateCancellationPolicy).toEqual({ __typename: 'NotAllowedError', message: 'You are not allowed to see or do this.' });
    }
    expect(await server.db.prisma.cancellationPolicy.findUnique({ where: { agencyId: northwind.id } })).toEqual(before);
  });
});
