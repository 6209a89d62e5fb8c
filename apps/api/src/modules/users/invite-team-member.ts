import { z } from 'zod';
import { builder } from '../../builder.ts';
import { clockFromEnv } from '../common/clock.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { oneLine } from '../common/one-line.ts';
import { NotAllowedError, parseInput, ValidationError } from '../errors/errors.ts';
import { issueInvitation } from './issue-invitation.ts';
import { StaffRoleEnum } from './staff-role.ts';
import { UserRef } from './user.ts';

const now = clockFromEnv();

const InviteTeamMemberInput = builder.inputType('InviteTeamMemberInput', {
  description: 'Who to invite to the agency\'s team, and as what.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'Their e-mail: the invitation goes there and they sign in with it (at most 254 characters).' }),
    name: t.string({ required: true, description: 'Their name as colleagues see it (1 to 100 characters).' }),
    role: t.field({ type: StaffRoleEnum, required: true, description: 'Recruiter or admin.' }),
  }),
});

export const emailSchema = z.string().trim().toLowerCase().email('Enter an e-mail address, like sam@example.com.').max(254, 'E-mail is at most 254 characters.');
export const personNameSchema = oneLine(z.string().trim().min(1, 'Enter a name.').max(100, 'Name is at most 100 characters.'), 'Name');

const inviteSchema = z.object({ email: emailSchema, name: personNameSchema, role: z.enum(['RECRUITER', 'ADMIN']) });

builder.mutationField('inviteTeamMember', (t) =>
  t.prismaField({
    type: UserRef,
    description:
      'Invites someone to the agency\'s team by e-mail (agency admins): they get a link, valid 7 days, to choose a password and join as a recruiter or admin. Until then they are INVITED and cannot sign in. An e-mail that already has an account is a ValidationError on `email`.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: InviteTeamMemberInput, required: true, description: 'Who to invite.' }) },
    errors: {
      types: [ValidationError, NotAllowedError],
      union: { description: 'The invited member, or why no invitation was sent.' },
      result: { description: 'The invitation is on its way.' },
      dataField: { name: 'member', description: 'The invited person, now INVITED on the team list.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = ctx.viewer;
      if (viewer?.kind !== 'user' || viewer.role !== 'ADMIN') throw new NotAllowedError('Only an agency admin can invite people.');
      const { email, name, role } = parseInput(inviteSchema, input);
      const userId = await ctx.prisma.$transaction(async (tx) => {
        const existing = await tx.user.findUnique({
          where: { email },
          select: { id: true, agencyId: true, passwordHash: true, invitation: { select: { acceptedAt: true, revokedAt: true } } },
        });
        let id: string;
        if (!existing) {
          id = (await tx.user.create({ data: { agencyId: viewer.agencyId, email, name, role, passwordHash: '' }, select: { id: true } })).id;
        } else if (existing.agencyId === viewer.agencyId && existing.passwordHash === '' && existing.invitation?.revokedAt && !existing.invitation.acceptedAt) {
          // Invited before and revoked: invite again, as they are named now.
          id = existing.id;
          await tx.user.update({ where: { id }, data: { name, role, disabledAt: null } });
        } else if (existing.agencyId === viewer.agencyId && existing.passwordHash === '') {
          throw new ValidationError([{ field: 'email', message: 'This person is already invited: resend their invitation from the team list.' }]);
        } else {
          throw new ValidationError([{ field: 'email', message: 'This e-mail already has a Shortlist account.' }]);
        }
        await issueInvitation(tx, { agencyId: viewer.agencyId, userId: id, role, invitedById: viewer.userId, now: now() });
        return id;
      });
      return ctx.prisma.user.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: userId } });
    },
  }),
);
