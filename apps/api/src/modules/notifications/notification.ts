import { z } from 'zod';
import { builder } from '../../builder.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { NotAllowedError, NotFoundError, parseInput, ValidationError } from '../errors/errors.ts';

export const NotificationRef = builder.prismaNode('Notification', {
  id: { field: 'id' },
  description: 'An in-app notice of something that happened to one of your proposals or interviews.',
  authScopes: (notification, ctx) => ctx.viewer?.kind === 'user' && ctx.viewer.userId === notification.userId,
  fields: (t) => ({
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    isRead: t.boolean({ select: { readAt: true }, resolve: (n) => n.readAt !== null }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const signedInUserId = (viewer: { kind: string; userId?: string } | null) =>
  viewer?.kind === 'user' ? viewer.userId! : null;

builder.queryField('notifications', (t) =>
  t.prismaConnection(
    {
      type: 'Notification',
      cursor: 'id',
      description: 'Your notifications, newest first.',
      authScopes: { user: true },
      args: { unreadOnly: t.arg.boolean({ required: false, defaultValue: false }) },
      resolve: (query, _root, { unreadOnly }, ctx) =>
        ctx.prisma.notification.findMany({
          ...query,
          where: { userId: signedInUserId(ctx.viewer) ?? '', ...(unreadOnly ? { readAt: null } : {}) },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'NotificationConnection' },
    { name: 'NotificationEdge' },
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
  fields: (t) => ({
    ids: t.idList({ required: false, description: 'These notifications; leave out to mark all of yours read.' }),
  }),
});

const MarkedRead = builder.objectRef<{ ids: string[]; userId: string }>('MarkNotificationsReadSuccess').implement({
  fields: (t) => ({
    notifications: t.prismaField({
      type: ['Notification'],
      description: 'The notifications now read.',
      resolve: (query, parent, _args, ctx) =>
        ctx.prisma.notification.findMany({ ...query, where: { id: { in: parent.ids }, userId: parent.userId }, orderBy: { createdAt: 'desc' } }),
    }),
    unreadCount: t.int({
      resolve: (parent, _args, ctx) => ctx.prisma.notification.count({ where: { userId: parent.userId, readAt: null } }),
    }),
  }),
});

builder.mutationField('markNotificationsRead', (t) =>
  t.field({
    type: MarkedRead,
    authScopes: { user: true },
    args: { input: t.arg({ type: MarkNotificationsReadInput, required: true }) },
    errors: { types: [ValidationError, NotAllowedError, NotFoundError], directResult: true },
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
