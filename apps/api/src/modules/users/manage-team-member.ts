import { clockFromEnv } from '../common/clock.ts';
import { InvalidTransitionError } from '../errors/errors.ts';
import { countOtherActiveAdmins } from './count-other-active-admins.ts';
import { defineTeamMutation } from './define-team-mutation.ts';
import { issueInvitation } from './issue-invitation.ts';

// The team's mutations: the same shape (an admin, one member, one transaction under the team's lock), each rule here.

const now = clockFromEnv();

const LAST_ADMIN = 'The agency needs at least one active admin: make someone else an admin first.';

defineTeamMutation('changeTeamMemberRole', {
  description:
    "Makes a member a recruiter or an admin (agency admins). The agency's last active admin cannot be made a recruiter (InvalidTransitionError). An invitee's pending invitation takes the new role.",
  successDescription: 'The role is changed; it applies to their next request.',
  withRole: true,
  change: async (tx, { viewer, member, role }) => {
    if (!role || role === member.role) return;
    if (member.role === 'ADMIN' && member.status === 'ACTIVE' && (await countOtherActiveAdmins(tx, viewer.agencyId, member.id)) === 0) {
      throw new InvalidTransitionError(LAST_ADMIN);
    }
    await tx.user.update({ where: { id: member.id }, data: { role } });
    if (member.status === 'INVITED') await tx.invitation.update({ where: { userId: member.id }, data: { role } });
  },
});

defineTeamMutation('deactivateTeamMember', {
  description:
    "Stops a member from signing in and ends their sessions at once (agency admins); their work stays. Not yourself, not the agency's last active admin, not an invitee (revoke their invitation instead): InvalidTransitionError.",
  successDescription: 'They are DEACTIVATED and signed out everywhere.',
  change: async (tx, { viewer, member }) => {
    if (member.id === viewer.userId) throw new InvalidTransitionError('You cannot deactivate yourself: ask another admin.');
    if (member.status === 'INVITED') throw new InvalidTransitionError('They have not joined yet: revoke their invitation instead.');
    if (member.status === 'DEACTIVATED') throw new InvalidTransitionError('They are already deactivated.');
    if (member.role === 'ADMIN' && (await countOtherActiveAdmins(tx, viewer.agencyId, member.id)) === 0) throw new InvalidTransitionError(LAST_ADMIN);
    const at = now();
    const { count } = await tx.user.updateMany({ where: { id: member.id, disabledAt: null }, data: { disabledAt: at } });
    if (count !== 1) throw new InvalidTransitionError('Someone changed this member first: reload the team list.');
    await tx.session.updateMany({ where: { userId: member.id, revokedAt: null }, data: { revokedAt: at } });
  },
});

defineTeamMutation('reactivateTeamMember', {
  description: 'Lets a deactivated member sign in again with their password (agency admins). Anyone else is an InvalidTransitionError.',
  successDescription: 'They are ACTIVE again.',
  change: async (tx, { member }) => {
    if (member.status !== 'DEACTIVATED') throw new InvalidTransitionError('Only a deactivated member can be reactivated.');
    const { count } = await tx.user.updateMany({ where: { id: member.id, disabledAt: { not: null } }, data: { disabledAt: null } });
    if (count !== 1) throw new InvalidTransitionError('Someone changed this member first: reload the team list.');
  },
});

defineTeamMutation('resendInvitation', {
  description:
    'Sends an invitee a new invitation link, valid 7 days from now (agency admins); the old link stops working. Only for members still INVITED (InvalidTransitionError otherwise).',
  successDescription: 'A new invitation e-mail is on its way.',
  change: async (tx, { viewer, member }) => {
    if (member.status !== 'INVITED') throw new InvalidTransitionError('They have already joined: there is no invitation to resend.');
    await issueInvitation(tx, { agencyId: viewer.agencyId, userId: member.id, role: member.role as 'RECRUITER' | 'ADMIN', invitedById: viewer.userId, now: now() });
  },
});

defineTeamMutation('revokeInvitation', {
  description:
    "Withdraws an invitation (agency admins): its link stops working, its e-mail is not sent if still waiting, and the invitee leaves the team list. They can be invited again. Only for members still INVITED.",
  successDescription: 'The invitation is revoked.',
  change: async (tx, { member }) => {
    if (member.status !== 'INVITED') throw new InvalidTransitionError('They have already joined: deactivate them instead.');
    const at = now();
    const { count } = await tx.invitation.updateMany({ where: { userId: member.id, acceptedAt: null, revokedAt: null }, data: { revokedAt: at } });
    if (count !== 1) throw new InvalidTransitionError('Someone changed this invitation first: reload the team list.');
    await tx.user.update({ where: { id: member.id }, data: { disabledAt: at } });
  },
});
