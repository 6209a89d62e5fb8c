import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createInterview, createProposal } from '../../../test/factories.ts';
import { startTestServer, type TestServer } from '../../../test/start-test-server.ts';

const INBOX = '{ unreadNotificationCount notifications(first: 50) { edges { node { id title body isRead } } } }';
const MARK = /* GraphQL */ `
  mutation Mark($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      __typename
      ... on MarkNotificationsReadSuccess { unreadCount notifications { id isRead } }
      ... on Error { message }
    }
  }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('demo');
});
afterAll(() => server.close());

describe('notifications', () => {
  it('a candidate sees only their own, with an unread count that drops as they read them', async () => {
    const candidate = server.browser();
    await candidate.signIn('candidate@shortlist.test');
    const before = (await candidate.graphql(INBOX)).body.data;
    const unread = before.notifications.edges.filter((e: any) => !e.node.isRead);
    expect(before.unreadNotificationCount).toBe(unread.length);
    expect(unread.length).toBeGreaterThan(0);
    const sam = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' } });
    expect(before.notifications.edges).toHaveLength(await server.db.prisma.notification.count({ where: { userId: sam.id } }));

    const { body } = await candidate.graphql(MARK, { input: { ids: [unread[0].node.id] } });
    expect(body.data.markNotificationsRead).toMatchObject({ unreadCount: unread.length - 1, notifications: [{ isRead: true }] });
    const all = await candidate.graphql(MARK, { input: {} });
    expect(all.body.data.markNotificationsRead.unreadCount).toBe(0);
  });

  it('counts the whole inbox in totalCount, and moves updatedAt from when it was sent to when it was read', async () => {
    const candidate = server.browser();
    await candidate.signIn('candidate@shortlist.test');
    const sam = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' } });
    const notification = await server.db.prisma.notification.findFirstOrThrow({ where: { userId: sam.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    await server.db.prisma.notification.update({ where: { id: notification.id }, data: { readAt: null } });
    const PAGE = '{ notifications(first: 1) { totalCount edges { node { id createdAt readAt updatedAt } } } }';

    const unread = (await candidate.graphql(PAGE)).body.data.notifications;
    expect(unread.totalCount).toBe(await server.db.prisma.notification.count({ where: { userId: sam.id } }));
    expect(unread.edges).toHaveLength(1);
    expect(unread.edges[0].node).toMatchObject({ readAt: null, updatedAt: notification.createdAt.toISOString() });

    await candidate.graphql(MARK, { input: { ids: [unread.edges[0].node.id] } });
    const read = (await candidate.graphql(PAGE)).body.data.notifications.edges[0].node;
    expect(read.readAt).not.toBeNull();
    expect(read.updatedAt).toBe(read.readAt);
    expect(new Date(read.updatedAt).getTime()).toBeGreaterThan(notification.createdAt.getTime());
  });

  it("no one can read or mark someone else's notifications", async () => {
    const sam = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' } });
    const notification = await server.db.prisma.notification.findFirstOrThrow({ where: { userId: sam.id } });
    const id = Buffer.from(`Notification:${notification.id}`).toString('base64');
    await server.db.prisma.notification.update({ where: { id: notification.id }, data: { readAt: null } });
    for (const login of ['recruiter@shortlist.test', 'recruiter@otheragency.test', 'admin@shortlist.test']) {
      const browser = server.browser();
      await browser.signIn(login);
      const viaNode = await browser.graphql(`{ node(id: "${id}") { ... on Notification { title } } }`);
      expect(JSON.stringify(viaNode.body)).not.toContain(notification.title);
      await browser.graphql(MARK, { input: { ids: [id] } });
    }
    const after = await server.db.prisma.notification.findUniqueOrThrow({ where: { id: notification.id } });
    expect(after.readAt).toBeNull();
  });

  it('signed out, the inbox is refused and the unread count is 0', async () => {
    const { body } = await server.graphql(INBOX);
    expect(body.errors[0].message).toBe('You are not allowed to see or do this.');
    expect((await server.graphql('{ unreadNotificationCount }')).body.data.unreadNotificationCount).toBe(0);
  });

  it("words an interview's time in the reader's zone, and says which proposal and interview it is about", async () => {
    const prisma = server.db.prisma;
    const [sam, riley] = await Promise.all([
      prisma.user.update({ where: { email: 'candidate@shortlist.test' }, data: { timeZone: 'Europe/Berlin' }, include: { candidateProfile: true } }),
      prisma.user.update({ where: { email: 'recruiter@shortlist.test' }, data: { timeZone: 'Europe/London' } }),
    ]);
    const job = await prisma.job.findFirstOrThrow({
      where: { agencyId: sam.agencyId, status: 'OPEN', proposals: { none: { candidateId: sam.candidateProfile!.id } } },
    });
    const proposal = await createProposal(prisma, { agencyId: sam.agencyId, jobId: job.id, candidateId: sam.candidateProfile!.id, recruiterId: riley.id }, { status: 'INTERVIEWING' });
    const interview = await createInterview(prisma, proposal, new Date(Date.now() + 5 * 24 * 60 * 60 * 1000));
    // 14:00 in London in December is 15:00 in Berlin; the recruiter sets it in their own zone.
    const startsAt = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000);
    startsAt.setUTCHours(14, 0, 0, 0);
    const recruiter = server.browser();
    await recruiter.signIn('recruiter@shortlist.test');
    const moved = await recruiter.graphql(
      `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { __typename ... on RescheduleInterviewSuccess { interview { id } } } }`,
      {
        input: {
          interviewId: encodeGlobalID('Interview', interview.id),
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 60 * 60 * 1000).toISOString(),
          timeZone: 'Europe/London',
          format: 'VIDEO',
          location: 'https://meet.example.com/moved',
          reason: 'The hiring manager is travelling.',
          message: 'Sorry for the change.',
        },
      },
    );
    expect(moved.body.data.rescheduleInterview.__typename).toBe('RescheduleInterviewSuccess');

    const candidate = server.browser();
    await candidate.signIn('candidate@shortlist.test');
    const { body } = await candidate.graphql(
      '{ notifications(first: 1) { edges { node { title body proposal { id } interview { id startsAt rescheduledFrom { rescheduleRequest { by reason message } } } } } } }',
    );
    const told = body.data.notifications.edges[0].node;
    expect(told.title).toBe(`Interview moved: ${(await prisma.clientCompany.findUniqueOrThrow({ where: { id: job.clientCompanyId } })).name}`);
    expect(told.body).toContain(', 15:00 (Europe/Berlin), video.');
    expect(told.body).not.toContain('Europe/London');
    expect(told.proposal).toEqual({ id: encodeGlobalID('Proposal', proposal.id) });
    expect(told.interview).toEqual({
      id: moved.body.data.rescheduleInterview.interview.id,
      startsAt: startsAt.toISOString(),
      // The interview it leads to holds the move's reason and message too.
      rescheduledFrom: { rescheduleRequest: { by: 'RECRUITER', reason: 'The hiring manager is travelling.', message: 'Sorry for the change.' } },
    });
  });

  it('the recruiter reads the time the candidate picked in the recruiter’s zone, though it was offered in Berlin’s', async () => {
    const prisma = server.db.prisma;
    const sam = await prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' }, include: { candidateProfile: true } });
    const riley = await prisma.user.update({ where: { email: 'recruiter@shortlist.test' }, data: { timeZone: 'Europe/London' } });
    const job = await prisma.job.findFirstOrThrow({
      where: { agencyId: sam.agencyId, status: 'OPEN', proposals: { none: { candidateId: sam.candidateProfile!.id } } },
    });
    const proposal = await createProposal(prisma, { agencyId: sam.agencyId, jobId: job.id, candidateId: sam.candidateProfile!.id, recruiterId: riley.id });
    const startsAt = new Date(Date.now() + 9 * 24 * 60 * 60 * 1000);
    startsAt.setUTCHours(9, 30, 0, 0);
    const slot = await prisma.interviewSlot.create({
      data: { proposalId: proposal.id, startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60 * 1000), timeZone: 'Europe/Berlin', format: 'PHONE', location: '+49 30 1234567' },
    });
    const candidate = server.browser();
    await candidate.signIn('candidate@shortlist.test');
    const accepted = await candidate.graphql(`mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { __typename } }`, {
      input: { proposalId: encodeGlobalID('Proposal', proposal.id), slotId: encodeGlobalID('InterviewSlot', slot.id) },
    });
    expect(accepted.body.data.acceptProposal.__typename).toBe('AcceptProposalSuccess');

    const told = await prisma.notification.findFirstOrThrow({ where: { userId: riley.id, proposalId: proposal.id } });
    expect(told.body).toMatch(/picked \w{3} \d{1,2} \w{3}, 09:30 \(Europe\/London\), phone\.$/);
  });

  it('a notice without an interview links its proposal only', async () => {
    const candidate = server.browser();
    await candidate.signIn('candidate@shortlist.test');
    const sam = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' } });
    const plain = await server.db.prisma.notification.findFirstOrThrow({ where: { userId: sam.id, proposalId: { not: null }, activityEvent: { interviewId: null } } });
    const { body } = await candidate.graphql(`{ node(id: "${encodeGlobalID('Notification', plain.id)}") { ... on Notification { proposal { id } interview { id } } } }`);
    expect(body.data.node).toEqual({ proposal: { id: encodeGlobalID('Proposal', plain.proposalId!) }, interview: null });
  });
});
