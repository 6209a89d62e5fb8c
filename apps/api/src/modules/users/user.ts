import { UserRole } from '@shortlist/db/prisma';
import { builder } from '../../builder.ts';
import '../agency/agency.ts';

export const UserRoleEnum = builder.enumType(UserRole, { name: 'UserRole' });

export const UserRef = builder.prismaNode('User', {
  id: { field: 'id' },
  description: 'A person who signs in: agency staff (recruiter, admin) or a candidate.',
  // Yourself, or a colleague at your own agency.
  authScopes: (user, ctx) =>
    ctx.viewer?.kind === 'user' &&
    (ctx.viewer.userId === user.id || (ctx.viewer.agencyId === user.agencyId && ctx.viewer.role !== 'CANDIDATE')),
  fields: (t) => ({
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    role: t.expose('role', { type: UserRoleEnum }),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone the person works in.' }),
    agency: t.relation('agency'),
  }),
});

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in person, or null when signed out (partner keys have no person).',
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer?.kind === 'user' ? ctx.prisma.user.findUnique({ ...query, where: { id: ctx.viewer.userId } }) : null,
  }),
);
