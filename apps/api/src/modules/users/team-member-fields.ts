import { builder } from '../../builder.ts';
import { UserRef } from './user.ts';

export type TeamMemberStatus = 'ACTIVE' | 'INVITED' | 'DEACTIVATED';

export const TeamMemberStatusEnum = builder.enumType('TeamMemberStatus', {
  description: "Where a member of the agency's team stands.",
  values: {
    ACTIVE: { description: 'Signs in and works.' },
    INVITED: { description: 'Invited by e-mail and has not set a password yet (the invitation may have expired: see invitationExpiresAt).' },
    DEACTIVATED: { description: 'Cannot sign in until an admin reactivates them; their work stays.' },
  },
});

interface StatusInputs {
  disabledAt: Date | null;
  invitation: { acceptedAt: Date | null; revokedAt: Date | null } | null;
}

/** A pending invitee (invitation neither accepted nor revoked) is INVITED; a disabled account DEACTIVATED. */
export function teamMemberStatusOf(user: StatusInputs): TeamMemberStatus {
  if (user.invitation && !user.invitation.acceptedAt && !user.invitation.revokedAt) return 'INVITED';
  return user.disabledAt ? 'DEACTIVATED' : 'ACTIVE';
}

const adminOfTheAgency = { admin: true } as const;

builder.prismaObjectFields(UserRef, (t) => ({
  status: t.field({
    type: TeamMemberStatusEnum,
    description: 'Active, invited or deactivated. For agency admins.',
    authScopes: adminOfTheAgency,
    select: { disabledAt: true, invitation: { select: { acceptedAt: true, revokedAt: true } } },
    resolve: (user) => teamMemberStatusOf(user),
  }),
  lastSignedInAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When they last signed in; null when never (or before sign-ins were recorded). For agency admins.',
    authScopes: adminOfTheAgency,
    select: {
      securityEvents: { where: { kind: 'SIGN_IN_SUCCEEDED' }, orderBy: { occurredAt: 'desc' }, take: 1, select: { occurredAt: true } },
    },
    resolve: (user) => user.securityEvents[0]?.occurredAt ?? null,
  }),
  invitationExpiresAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'While invited: when the invitation link stops working (resend it for a new one). Null for everyone else. For agency admins.',
    authScopes: adminOfTheAgency,
    select: { invitation: { select: { acceptedAt: true, revokedAt: true, expiresAt: true } } },
    resolve: (user) => (user.invitation && !user.invitation.acceptedAt && !user.invitation.revokedAt ? user.invitation.expiresAt : null),
  }),
}));

builder.queryField('team', (t) =>
  t.prismaField({
    type: [UserRef],
    description:
      "The agency's staff (recruiters and admins), active, invited and deactivated, by name; invitations that were revoked before being accepted are left out. Agency admins only.",
    authScopes: { admin: true },
    resolve: (query, _root, _args, ctx) => {
      if (ctx.viewer?.kind !== 'user') return [];
      return ctx.prisma.user.findMany({
        ...query,
        where: {
          agencyId: ctx.viewer.agencyId,
          role: { in: ['RECRUITER', 'ADMIN'] },
          NOT: { invitation: { is: { acceptedAt: null, revokedAt: { not: null } } } },
        },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: 500,
      });
    },
  }),
);
