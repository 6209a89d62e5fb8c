import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
