import { encodeGlobalID } from '@pothos/plugin-relay';
import { hashPassword } from '@shortlist/db/auth/hash-password';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { createSessionToken, hashToken, SESSION_DAYS } from '../auth/session-cookie.ts';
import { clockFromEnv } from '../common/clock.ts';
import { timeZoneSchema } from '../common/profile-field-schemas.ts';
import { InvalidTransitionError, NotFoundError, parseInput, ValidationError } from '../errors/errors.ts';
import { recordSecurityEvent } from '../security-events/record-security-event.ts';
import { StaffRoleEnum } from './staff-role.ts';
import { UserRef } from './user.ts';

const now = clockFromEnv();

type InvitationState = 'PENDING' | 'EXPIRED' | 'REVOKED' | 'ACCEPTED';

const InvitationStateEnum = builder.enumType('InvitationState', {
  description: 'Whether an invitation link can still be used.',
  values: {
    PENDING: { description: 'Valid: the invitee can choose a password and join.' },
    EXPIRED: { description: 'Its 7 days are over: an admin can send a new one.' },
    REVOKED: { description: 'An admin withdrew it.' },
    ACCEPTED: { description: 'Already used: the invitee signs in with their password.' },
  } as const,
});

interface InvitationPreview {
  id: string;
  agencyName: string;
  name: string;
  email: string;
  role: 'RECRUITER' | 'ADMIN';
  state: InvitationState;
  expiresAt: Date;
}

const InvitationPreviewRef = builder.objectRef<InvitationPreview>('InvitationPreview').implement({
  description: 'What an invitation link says before it is accepted: who is invited, to which agency, as what.',
  fields: (t) => ({
    id: t.id({ description: "The invitation's ID (opaque): the same for every look at the same link.", resolve: (p) => encodeGlobalID('Invitation', p.id) }),
    agencyName: t.exposeString('agencyName', { description: 'The agency they are invited to.' }),
    name: t.exposeString('name', { description: 'The name the admin gave them.' }),
    email: t.exposeString('email', { description: 'The e-mail they will sign in with.' }),
    role: t.field({ type: StaffRoleEnum, description: 'Recruiter or admin.', resolve: (p) => p.role }),
    state: t.field({ type: InvitationStateEnum, description: 'Whether the link can still be used.', resolve: (p) => p.state }),
    expiresAt: t.field({ type: 'DateTime', description: 'When the link stops (or stopped) working.', resolve: (p) => p.expiresAt }),
  }),
});

const stateOf = (invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, at: Date): InvitationState =>
  invitation.acceptedAt ? 'ACCEPTED' : invitation.revokedAt ? 'REVOKED' : invitation.expiresAt <= at ? 'EXPIRED' : 'PENDING';

const STATE_MESSAGES: Record<Exclude<InvitationState, 'PENDING'>, string> = {
  EXPIRED: 'This invitation has expired. Ask your admin to send a new one.',
  REVOKED: 'This invitation was withdrawn. Ask your admin if you think that is a mistake.',
  ACCEPTED: 'This invitation has already been used. Sign in with your e-mail and password.',
};

const tokenSchema = z.string().min(20).max(100);

builder.queryField('invitation', (t) =>
  t.field({
    type: InvitationPreviewRef,
    nullable: true,
    description: 'The invitation behind a link (anyone holding the link): null when the token is unknown.',
    authScopes: { public: true },
    args: { token: t.arg.string({ required: true, description: 'The token from the invitation link.' }) },
    resolve: async (_root, { token }, ctx) => {
      if (!tokenSchema.safeParse(token).success) return null;
      const invitation = await ctx.prisma.invitation.findUnique({
        where: { tokenHash: hashToken(token) },
        select: { id: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, agency: { select: { name: true } }, user: { select: { name: true, email: true } } },
      });
      if (!invitation) return null;
      return {
        id: invitation.id,
        agencyName: invitation.agency.name,
        name: invitation.user.name,
        email: invitation.user.email,
        role: invitation.role === 'ADMIN' ? ('ADMIN' as const) : ('RECRUITER' as const),
        state: stateOf(invitation, now()),
        expiresAt: invitation.expiresAt,
      };
    },
  }),
);

const AcceptInvitationInput = builder.inputType('AcceptInvitationInput', {
  description: 'The invitation link\'s token, and the password and time zone the invitee chooses.',
  fields: (t) => ({
    token: t.string({ required: true, description: 'The token from the invitation link.' }),
    password: t.string({ required: true, description: 'Their new password: 10 to 200 characters.' }),
    timeZone: t.string({ required: true, description: 'The IANA time zone they work in, e.g. Europe/Berlin.' }),
  }),
});

export const newPasswordSchema = z.string().min(10, 'Use at least 10 characters.').max(200, 'Passwords are at most 200 characters.');

const acceptSchema = z.object({ token: z.string().max(100), password: newPasswordSchema, timeZone: timeZoneSchema });

builder.mutationField('acceptInvitation', (t) =>
  t.field({
    type: UserRef,
    description:
      'Joins the team with an invitation link (anyone holding it): sets the password (hashed as at sign-in) and time zone, and signs them in (a session cookie). An unknown token is NotFoundError; an expired, revoked or used one InvalidTransitionError saying which.',
    authScopes: { public: true },
    args: { input: t.arg({ type: AcceptInvitationInput, required: true, description: 'The token, password and time zone.' }) },
    errors: {
      types: [ValidationError, NotFoundError, InvalidTransitionError],
      union: { description: 'The person now signed in, or why the invitation could not be used.' },
      result: { description: 'Joined and signed in.' },
      dataField: { name: 'viewer', description: 'The new team member, now signed in.' },
    },
    resolve: async (_root, { input }, ctx) => {
      const { token, password, timeZone } = parseInput(acceptSchema, input);
      const at = now();
      const tokenHash = hashToken(token);
      const invitation = await ctx.prisma.invitation.findUnique({
        where: { tokenHash },
        select: { id: true, userId: true, role: true, agencyId: true, expiresAt: true, acceptedAt: true, revokedAt: true },
      });
      if (!invitation) throw new NotFoundError('This invitation link is not valid. Check that you opened the whole link from the e-mail.');
      const state = stateOf(invitation, at);
      if (state !== 'PENDING') throw new InvalidTransitionError(STATE_MESSAGES[state], state);
      const passwordHash = await hashPassword(password);
      const session = createSessionToken();
      const expiresAt = new Date(at.getTime() + SESSION_DAYS * 24 * 60 * 60 * 1000);
      const user = await ctx.prisma.$transaction(async (tx) => {
        // Guarded: of two tabs accepting at once, one wins; the other is told it was used.
        const { count } = await tx.invitation.updateMany({
          where: { id: invitation.id, tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: at } },
          data: { acceptedAt: at },
        });
        if (count !== 1) throw new InvalidTransitionError(STATE_MESSAGES.ACCEPTED, 'ACCEPTED');
        const user = await tx.user.update({
          where: { id: invitation.userId },
          data: { passwordHash, timeZone, role: invitation.role, disabledAt: null },
        });
        if (ctx.viewer?.kind === 'user') {
          await tx.session.updateMany({ where: { id: ctx.viewer.sessionId, revokedAt: null }, data: { revokedAt: at } });
        }
        const created = await tx.session.create({ data: { userId: user.id, tokenHash: session.tokenHash, expiresAt }, select: { id: true } });
        return { ...user, sessionId: created.id };
      });
      await recordSecurityEvent(ctx.prisma, { kind: 'SIGN_IN_SUCCEEDED', agencyId: user.agencyId, userId: user.id, email: user.email, ip: ctx.ip });
      ctx.sessionCookie.set(session.token, expiresAt);
      ctx.viewer = { kind: 'user', userId: user.id, agencyId: user.agencyId, role: user.role, sessionId: user.sessionId, candidateProfileId: null };
      return user;
    },
  }),
);
