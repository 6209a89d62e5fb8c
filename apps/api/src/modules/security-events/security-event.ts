import { SecurityEventKind } from '@shortlist/db/prisma';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import '../api-keys/api-key.ts';
import '../users/user.ts';

export const SecurityEventKindEnum = builder.enumType(SecurityEventKind, {
  name: 'SecurityEventKind',
  description: 'What happened in an access event.',
  values: {
    SIGN_IN_FAILED: { description: 'A sign-in with a wrong password, an unknown e-mail or a disabled account.' },
    SIGN_IN_THROTTLED: { description: 'A sign-in refused unchecked because sign-in is paused after repeated failures.' },
    SIGN_IN_SUCCEEDED: { description: 'A successful sign-in.' },
    API_KEY_USED: { description: 'A partner key used: recorded at most once a minute per key.' },
  },
});

export const SecurityEventRef = builder.prismaNode('SecurityEvent', {
  id: { field: 'id' },
  description: "An access event at the agency: a sign-in to one of its accounts, or one of its partner keys in use.",
  // The agency's admin only; events of unknown e-mails belong to no agency and so to nobody.
  authScopes: (event, ctx) =>
    event.agencyId !== null && ctx.viewer?.kind === 'user' && ctx.viewer.role === 'ADMIN' && ctx.viewer.agencyId === event.agencyId,
  fields: (t) => ({
    kind: t.expose('kind', { type: SecurityEventKindEnum, description: 'What happened.' }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When it happened.' }),
    updatedAt: t.expose('occurredAt', { type: 'DateTime', description: 'The same as occurredAt: an access event never changes once recorded.' }),
    email: t.exposeString('email', { nullable: true, description: 'The e-mail as typed (normalised), for sign-ins.' }),
    ip: t.exposeString('ip', { nullable: true, description: 'The client address the request came from.' }),
    user: t.relation('user', { nullable: true, description: 'The account signed into (or tried).' }),
    apiKey: t.relation('apiKey', { nullable: true, description: 'The partner key used.' }),
  }),
});

function securityEventsWhere(ctx: Context, kinds: SecurityEventKind[] | null | undefined) {
  return {
    // authScopes already admits admins only; the agency filter keeps each admin to their own agency.
    agencyId: ctx.viewer?.kind === 'user' ? ctx.viewer.agencyId : '00000000-0000-0000-0000-000000000000',
    ...(kinds && kinds.length > 0 ? { kind: { in: kinds } } : {}),
  };
}

builder.queryField('securityEvents', (t) =>
  t.prismaConnection(
    {
      type: 'SecurityEvent',
      cursor: 'id',
      description: "The agency's access log, newest first: failed, throttled and successful sign-ins and partner key use. Agency admins only.",
      authScopes: { admin: true },
      totalCount: (_root, { kinds }, ctx) => ctx.prisma.securityEvent.count({ where: securityEventsWhere(ctx, kinds) }),
      args: { kinds: t.arg({ type: [SecurityEventKindEnum], required: false, description: 'Only these kinds; all kinds when left out or empty.' }) },
      resolve: (query, _root, { kinds }, ctx) =>
        ctx.prisma.securityEvent.findMany({ ...query, where: securityEventsWhere(ctx, kinds), orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }] }),
    },
    { name: 'SecurityEventConnection', description: "A page of the agency's access log, newest first." },
    { name: 'SecurityEventEdge', description: 'An access event in a page, with its cursor.' },
  ),
);
