import { UserRole } from '@shortlist/db/prisma';
import { builder } from '../../builder.ts';
import '../agency/agency.ts';
import { meFromSession } from './me-from-session.ts';

export const UserRoleEnum = builder.enumType(UserRole, {
  name: 'UserRole',
  description: 'What a person who signs in is to their agency.',
  values: {
    RECRUITER: { description: "Agency staff: works the agency's jobs, candidates, proposals and interviews." },
    ADMIN: { description: 'Agency staff who also manages users, partner API keys, webhooks and the cancellation policy.' },
    CANDIDATE: { description: 'A candidate: sees their own profile, the proposals made to them and their interviews.' },
  },
});

export const UserRef = builder.prismaNode('User', {
  id: { field: 'id' },
  description: 'A person who signs in: agency staff (recruiter, admin) or a candidate.',
  // Select mode: each field loads what it needs, so `me` on every page reads neither the password hash nor the
  // unsubscribe token.
  select: { id: true, agencyId: true },
  // Yourself, or a colleague at your own agency.
  authScopes: (user, ctx) =>
    ctx.viewer?.kind === 'user' &&
    (ctx.viewer.userId === user.id || (ctx.viewer.agencyId === user.agencyId && ctx.viewer.role !== 'CANDIDATE')),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name the person goes by.' }),
    email: t.exposeString('email', { description: 'The e-mail they sign in with, lower case.' }),
    role: t.expose('role', { type: UserRoleEnum, description: 'Recruiter, admin or candidate.' }),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone the person works in.' }),
    agency: t.relation('agency', { description: 'The agency they belong to.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the account was made.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the account last changed (name, e-mail, role, time zone, password or status).' }),
  }),
});

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in person, or null when signed out (partner keys have no person).',
    resolve: (query, _root, _args, ctx, info) => {
      // Spread even when signed out: a query left untouched is an error outside production.
      const userQuery = { ...query };
      if (ctx.viewer?.kind !== 'user') return null;
      // Every page asks for its viewer: the session's own statement read the person, their agency and its policy at
      // the start of this request, so a query asking no more is answered from that row, without a statement. Not in a
      // mutation, whose own writes may have changed the row since.
      const { row } = ctx.viewer;
      const preloaded = row && info.operation.operation === 'query' ? meFromSession(row, userQuery) : null;
      // Partial, as Prisma's own answer to a select is: the fields below read only what the select asked for.
      if (preloaded) return preloaded as never;
      return ctx.prisma.user.findUnique({ ...userQuery, where: { id: ctx.viewer.userId } });
    },
  }),
);
