import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { formatDateTime } from '../../ui/format-date-time';

export const TeamMemberRow_member = graphql(`
  fragment TeamMemberRow_member on User {
    id
    name
    email
    role
    status
    lastSignedInAt
    invitationExpiresAt
  }
`);


export const TeamMemberRow_ChangeRole = graphql(`
  mutation TeamMemberRow_ChangeRole($input: ChangeTeamMemberRoleInput!) {
    changeTeamMemberRole(input: $input) {
      __typename
      ... on ChangeTeamMemberRoleSuccess { member { id ...TeamMemberRow_member } }
      ... on Error { message }
    }
  }
`);
export const TeamMemberRow_Deactivate = graphql(`
  mutation TeamMemberRow_Deactivate($input: DeactivateTeamMemberInput!) {
    deactivateTeamMember(input: $input) {
      __typename
      ... on DeactivateTeamMemberSuccess { member { id ...TeamMemberRow_member } }
      ... on Error { message }
    }
  }
`);
export const TeamMemberRow_Reactivate = graphql(`
  mutation TeamMemberRow_Reactivate($input: ReactivateTeamMemberInput!) {
    reactivateTeamMember(input: $input) {
      __typename
      ... on ReactivateTeamMemberSuccess { member { id ...TeamMemberRow_member } }
      ... on Error { message }
    }
  }
`);
export const TeamMemberRow_Resend = graphql(`
  mutation TeamMemberRow_Resend($input: ResendInvitationInput!) {
    resendInvitation(input: $input) {
      __typename
      ... on ResendInvitationSuccess { member { id ...TeamMemberRow_member } }
      ... on Error { message }
    }
  }
`);
export const TeamMemberRow_Revoke = graphql(`
  mutation TeamMemberRow_Revoke($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      __typename
      ... on RevokeInvitationSuccess { member { id ...TeamMemberRow_member } }
      ... on Error { message }
    }
  }
`);

const STATUS_WORDS = { ACTIVE: 'Active', INVITED: 'Invited', DEACTIVATED: 'Deactivated' } as const;

/** One member: who, role (changeable), status, last sign-in, and what an admin can do with them. */
export function TeamMemberRow({
  member: memberRef,
  isYou,
  timeZone,
  onOutcome,
}: {
  member: FragmentType<typeof TeamMemberRow_member>;
  isYou: boolean;
  timeZone: string;
  onOutcome: (text: string, isError: boolean) => void;
}) {
  const { data: member, complete } = useFragment({ fragment: TeamMemberRow_member, fragmentName: 'TeamMemberRow_member', from: memberRef });
  const [isBusy, setIsBusy] = useState(false);
  const [changeRole] = useMutation(TeamMemberRow_ChangeRole);
  const [deactivate] = useMutation(TeamMemberRow_Deactivate);
  const [reactivate] = useMutation(TeamMemberRow_Reactivate);
  const [resend] = useMutation(TeamMemberRow_Resend);
  const [revoke] = useMutation(TeamMemberRow_Revoke, { refetchQueries: ['TeamPage_Query'] });

  async function run(action: () => Promise<{ data?: unknown }>, field: string, success: string) {
    setIsBusy(true);
    try {
      const { data } = await action();
      const answer = (data as Record<string, { __typename: string; message?: string }> | undefined)?.[field];
      if (!answer) throw new Error('No answer from the server.');
      if (answer.__typename.endsWith('Success')) onOutcome(success, false);
      else onOutcome(answer.message ?? 'That did not work.', true);
    } catch (error) {
      onOutcome(`That did not go through: ${error instanceof Error ? error.message : String(error)}`, true);
    } finally {
      setIsBusy(false);
    }
  }

  if (!complete) return null;
  const input = { memberId: member.id };
  const isExpired = member.invitationExpiresAt ? new Date(member.invitationExpiresAt).getTime() < Date.now() : false;
  return (
    <tr>
      <th scope="row">
        {member.name}
        {isYou ? ' (you)' : ''}
        <span className="admin-table__sub">{member.email}</span>
      </th>
      <td>
        <label className="visually-hidden" htmlFor={`role-${member.id}`}>
          Role of {member.name}
        </label>
        <select
          id={`role-${member.id}`}
          value={member.role}
          disabled={isBusy || member.status === 'DEACTIVATED'}
          onChange={(event) => {
            const role = event.target.value as 'RECRUITER' | 'ADMIN';
            void run(() => changeRole({ variables: { input: { ...input, role } } }), 'changeTeamMemberRole', `${member.name} is now ${role === 'ADMIN' ? 'an admin' : 'a recruiter'}.`);
          }}
        >
          <option value="RECRUITER">Recruiter</option>
          <option value="ADMIN">Admin</option>
        </select>
      </td>
      <td>
        <span className={`admin-status admin-status--${member.status.toLowerCase()}`}>{STATUS_WORDS[member.status]}</span>
        {member.invitationExpiresAt && (
          <span className="admin-table__sub">
            {isExpired ? 'Link expired' : `Link valid until ${formatDateTime(member.invitationExpiresAt, timeZone)}`}
          </span>
        )}
      </td>
      <td>{member.lastSignedInAt ? formatDateTime(member.lastSignedInAt, timeZone) : <span className="admin-table__sub">Never</span>}</td>
      <td>
        <div className="admin-actions">
          {member.status === 'INVITED' && (
            <>
              <button type="button" className="button button--secondary button--sm" disabled={isBusy}
                onClick={() => void run(() => resend({ variables: { input } }), 'resendInvitation', `A new invitation is on its way to ${member.email}.`)}>
                Resend invitation
              </button>
              <button type="button" className="button button--quiet button--sm" disabled={isBusy}
                onClick={() => void run(() => revoke({ variables: { input } }), 'revokeInvitation', `The invitation to ${member.email} is withdrawn.`)}>
                Revoke
              </button>
            </>
          )}
          {member.status === 'ACTIVE' && !isYou && (
            <button type="button" className="button button--danger button--sm" disabled={isBusy}
              onClick={() => void run(() => deactivate({ variables: { input } }), 'deactivateTeamMember', `${member.name} is deactivated and signed out.`)}>
              Deactivate
            </button>
          )}
          {member.status === 'DEACTIVATED' && (
            <button type="button" className="button button--secondary button--sm" disabled={isBusy}
              onClick={() => void run(() => reactivate({ variables: { input } }), 'reactivateTeamMember', `${member.name} can sign in again.`)}>
              Reactivate
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
