import type { Prisma } from '@shortlist/db/prisma';
import { builder } from '../../builder.ts';
import type { Viewer } from '../../context.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError, ValidationError } from '../errors/errors.ts';
import { loadTeamMember } from './load-team-member.ts';
import { lockAgencyTeam } from './lock-agency-team.ts';
import { StaffRoleEnum } from './staff-role.ts';
import { UserRef } from './user.ts';

type Admin = Extract<Viewer, { kind: 'user' }>;
export type TeamMember = Awaited<ReturnType<typeof loadTeamMember>>;

/**
 * A mutation an agency admin makes on one member of their team: input { memberId (, role) }, in one transaction that
 * holds the team's lock (lockAgencyTeam), so the last-admin rule is checked against what is really there.
 */
export function defineTeamMutation(
  name: string,
  options: {
    description: string;
    successDescription: string;
    withRole?: boolean;
    change: (tx: Prisma.TransactionClient, args: { viewer: Admin; member: TeamMember; role: 'RECRUITER' | 'ADMIN' | null }) => Promise<void>;
  },
) {
  const inputName = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
  const Input = builder.inputType(inputName, {
    description: options.withRole ? 'The team member, and their new role.' : 'The team member to act on.',
    fields: (t) => ({
      memberId: t.id({ required: true, description: 'The member (a User ID from `team`).' }),
      ...(options.withRole ? { role: t.field({ type: StaffRoleEnum, required: true, description: 'Their new role.' }) } : {}),
    }),
  });
  builder.mutationField(name, (t) =>
    t.prismaField({
      type: UserRef,
      description: options.description,
      authScopes: { admin: true },
      args: { input: t.arg({ type: Input, required: true, description: 'Who, and what.' }) },
      errors: {
        types: [ValidationError, NotAllowedError, NotFoundError, InvalidTransitionError],
        union: { description: 'The member as they now are, or why nothing changed.' },
        result: { description: options.successDescription },
        dataField: { name: 'member', description: 'The team member as they now are.' },
      },
      resolve: async (query, _root, { input }, ctx) => {
        const viewer = ctx.viewer;
        if (viewer?.kind !== 'user' || viewer.role !== 'ADMIN') throw new NotAllowedError('Only an agency admin can manage the team.');
        const { memberId } = input as { memberId: string | number };
        const role = (input as { role?: 'RECRUITER' | 'ADMIN' }).role ?? null;
        const userId = await ctx.prisma.$transaction(async (tx) => {
          await lockAgencyTeam(tx, viewer.agencyId);
          const member = await loadTeamMember(tx, viewer, String(memberId));
          await options.change(tx, { viewer, member, role });
          return member.id;
        });
        return ctx.prisma.user.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: userId } });
      },
    }),
  );
}
