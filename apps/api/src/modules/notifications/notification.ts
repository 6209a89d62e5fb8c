import { z } from 'zod';
import { builder } from '../../builder.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { NotAllowedError, NotFoundError, parseInput, ValidationError } from '../errors/errors.ts';
import { InterviewRef } from '../interviews/interview.ts';

export const NotificationRef = builder.prismaNode('Notification', {
  id: { field: 'id' },
  description: 'An in-app notice of something that happened to one of your proposals or interviews. Only the person it is for sees it; partner keys never do.',
  authScopes: (notification, ctx) => ctx.viewer?.kind === 'user' && ctx.viewer.userId === notification.userId,
  fields: (t) => ({
    title: t.exposeString('title', { description: 'One line saying what happened, e.g. "Sam accepted your proposal".' }),
    body: t.exposeString('body', { description: 'The details, as plain text.' }),
    proposal: t.relation('proposal', {
      nullable: true,
      description: 'The proposal it is about (open it to act or read the full message); null for a notice about no proposal.',
    }),
    interview: t.field({
      type: InterviewRef,
      nullable: true,
      description: 'The interview it is about, when the event had one (scheduled, moved, cancelled, missed); null otherwise.',
      select: (_args, _ctx, nestedSelection) => ({
        activityEvent: { select: { interview: nestedSelection({ include: { proposal: { select: { agencyId: true, candidateId: true, job: { select: { clientCompanyId: true } } } } } }) } },
      }),
      resolve: (n) => n.activityEvent?.interview ?? null,
    }),
    isRead: t.boolean({ description: 'True once you marked it read (readAt is set).', select: { readAt: true }, resolve: (n) => n.readAt !== null }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true, description: 'When you marked it read; null while unread.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was sent.' }),
    // A notification changes once: when it is read.
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When it last changed: when it was read, or else when it was sent.',
      select: { readAt: true, createdAt: true },
      resolve: (n) => n.readAt ?? n.createdAt,
    }),
  }),
});

const signedInUserId = (viewer: { kind: string; userId?: string } | null) =>
  viewer?.kind === 'user' ? viewer.userId! : null;

builder.queryField('notifications', (t) =>
  t.prismaConnection(
    {
      type: 'Notification',
      cursor: 'id',
      description: 'Your notifications, newest first: for a signed-in person (partner keys have none).',
      authScopes: { user: true },
      args: { unreadOnly: t.arg.boolean({ required: false, defaultValue: false, description: 'Only the unread ones.' }) },
      totalCount: (_root, { unreadOnly }, ctx) =>
        ctx.prisma.notification.count({ where: { userId: signedInUserId(ctx.viewer) ?? '', ...(unreadOnly ? { readAt: null } : {}) } }),
      resolve: (query, _root, { unreadOnly }, ctx) =>
        ctx.prisma.notification.findMany({
          ...query,
          where: { userId: signedInUserId(ctx.viewer) ?? '', ...(unreadOnly ? { readAt: null } : {}) },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'NotificationConnection', description: 'A page of notifications.' },
    { name: 'NotificationEdge', description: 'A notification in a page, with its cursor.' },
  ),
);

builder.queryField('unreadNotificationCount', (t) =>
  t.int({
    description: 'How many of your notifications are unread (0 when signed out).',
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) => {
      const userId = signedInUserId(ctx.viewer);
      return userId ? ctx.prisma.notification.count({ where: { userId, readAt: null } }) : 0;
    },
  }),
);

const MarkNotificationsReadInput = builder.inputType('MarkNotificationsReadInput', {
  description: 'Which of your notifications to mark read.',
  fields: (t) => ({
    ids: t.idList({ required: false, description: 'These notifications (at most 500); leave out to mark all of yours read.' }),
  }),
});

const MarkedRead = builder.objectRef<{ ids: string[]; userId: string }>('MarkNotificationsReadSuccess').implement({
  description: 'The notifications markNotificationsRead marked, and how many stay unread.',
  fields: (t) => ({
    notifications: t.prismaField({
      type: ['Notification'],
      description: 'The notifications this call marked read, newest first.',
      resolve: (query, parent, _args, ctx) =>
        ctx.prisma.notification.findMany({ ...query, where: { id: { in: parent.ids }, userId: parent.userId }, orderBy: { createdAt: 'desc' } }),
    }),
    unreadCount: t.int({
      description: 'How many of your notifications are still unread.',
      resolve: (parent, _args, ctx) => ctx.prisma.notification.count({ where: { userId: parent.userId, readAt: null } }),
    }),
  }),
});

builder.mutationField('markNotificationsRead', (t) =>
  t.field({
    type: MarkedRead,
    description: 'Marks your notifications read: the ones named, or all of them. Ones already read or not yours are left as they are.',
    authScopes: { user: true },
    args: { input: t.arg({ type: MarkNotificationsReadInput, required: true, description: 'Which notifications.' }) },
    errors: {
      types: [ValidationError, NotAllowedError, NotFoundError],
      directResult: true,
      union: { description: 'What markNotificationsRead answers: the notifications it marked, or the expected error that stopped it (switch on __typename).' },
    },
    resolve: async (_root, { input }, ctx) => {
      const userId = signedInUserId(ctx.viewer);
      if (!userId) throw new NotAllowedError('Sign in to read your notifications.');
      const { ids } = parseInput(z.object({ ids: z.array(z.string()).max(500, 'At most 500 at a time.').nullish() }), input);
      const dbIds = ids?.map((id) => decodeGlobalIdOf('Notification', id, 'notification'));
      const targets = await ctx.prisma.notification.findMany({
        where: { userId, readAt: null, ...(dbIds ? { id: { in: dbIds } } : {}) },
        select: { id: true },
      });
      await ctx.prisma.notification.updateMany({ where: { id: { in: targets.map((n) => n.id) }, userId }, data: { readAt: new Date() } });
      return { ids: targets.map((n) => n.id), userId };
    },
  }),
);
