import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/session-cookie.ts';
import { startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteTeamMemberInput!) {
    inviteTeamMember(input: $input) {
      __typename
      ... on InviteTeamMemberSuccess { member { id name email role status invitationExpiresAt } }
      ... on ValidationError { fieldErrors { field message } }
      ... on Error { message }
    }
  }`;
const TEAM = /* GraphQL */ `query Team { team { id name email role status lastSignedInAt } }`;
const ACCEPT = /* GraphQL */ `
  mutation Accept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename
      ... on AcceptInvitationSuccess { viewer { name email role timeZone } }
      ... on ValidationError { fieldErrors { field message } }
      ... on Error { message }
    }
  }`;
const PREVIEW = /* GraphQL */ `query Preview($token: String!) { invitation(token: $token) { agencyName name email role state } }`;
const memberMutation = (name: string, extra = '') => /* GraphQL */ `
  mutation M($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) {
    ${name}(input: $input) { __typename ... on Error { message } ${extra} }
  }`;
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }';

let server: TestServer;
let admin: TestBrowser;
let northwindId: string;
let counter = 0;

beforeAll(async () => {
  server = await startTestServer('demo');
  admin = server.browser();
  await admin.signIn('admin@shortlist.test');
  northwindId = (await server.db.prisma.agency.findUniqueOrThrow({ where: { slug: 'northwind' } })).id;
});
afterAll(() => server.close());

/** Invites a new person as the demo admin; their ID and the token from the queued e-mail. */
async function invite(role: 'RECRUITER' | 'ADMIN' = 'RECRUITER') {
  const email = `invitee${++counter}@example.test`;
  const { body } = await admin.graphql(INVITE, { input: { email, name: `Invitee ${counter}`, role } });
  expect(body.data.inviteTeamMember.__typename).toBe('InviteTeamMemberSuccess');
  const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email } });
  const message = await server.db.prisma.emailMessage.findFirstOrThrow({ where: { userId: user.id, kind: 'invitation' }, orderBy: { createdAt: 'desc' } });
  return { id: body.data.inviteTeamMember.member.id as string, email, userId: user.id, token: (message.data as { token: string }).token };
}

async function activeAdmins() {
  return server.db.prisma.user.findMany({ where: { agencyId: northwindId, role: 'ADMIN', disabledAt: null, passwordHash: { not: '' } } });
}

describe('inviting a team member', () => {
  it('creates an invited member who cannot sign in, and queues the invitation e-mail with a 7-day link', async () => {
    const { id, email, userId, token } = await invite();
    const { body } = await admin.graphql(TEAM);
    const member = body.data.team.find((m: { id: string }) => m.id === id);
    expect(member).toMatchObject({ email, role: 'RECRUITER', status: 'INVITED', lastSignedInAt: null });
    const invitation = await server.db.prisma.invitation.findUniqueOrThrow({ where: { userId } });
    expect(invitation.tokenHash).toBe(hashToken(token));
    expect(invitation.expiresAt.getTime() - invitation.createdAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    // A pending invitee has no password: sign-in answers as for a wrong password, whatever is typed.
    for (const password of ['', 'anything']) {
      const { body: signIn } = await server.graphql(SIGN_IN, { input: { email, password: password || 'x' } });
      expect(signIn.data.signIn.__typename).toBe('InvalidCredentialsError');
    }
  });

  it('refuses an e-mail that already has an account, and a malformed one, naming the field', async () => {
    const taken = await admin.graphql(INVITE, { input: { email: 'recruiter@otheragency.test', name: 'X', role: 'RECRUITER' } });
    expect(taken.body.data.inviteTeamMember.fieldErrors).toEqual([{ field: 'email', message: 'This e-mail already has a Shortlist account.' }]);
    const bad = await admin.graphql(INVITE, { input: { email: 'not-an-email', name: ' ', role: 'ADMIN' } });
    expect(bad.body.data.inviteTeamMember.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['email', 'name']);
  });

  it('a recruiter, a candidate or a signed-out visitor cannot invite or read the team', async () => {
    for (const login of ['recruiter@shortlist.test', 'candidate@shortlist.test', null]) {
      const browser = server.browser();
      if (login) await browser.signIn(login);
      const { body } = await browser.graphql(INVITE, { input: { email: 'sneaky@example.test', name: 'Sneaky', role: 'ADMIN' } });
      expect(body.data.inviteTeamMember.__typename).toBe('NotAllowedError');
      const team = await browser.graphql(TEAM);
      expect(team.body.data).toBeNull();
    }
    expect(await server.db.prisma.user.findUnique({ where: { email: 'sneaky@example.test' } })).toBeNull();
  });

  it("another agency's admin sees only their own team and cannot act on ours", async () => {
    const { id } = await invite();
    const harbor = await server.db.prisma.agency.findUniqueOrThrow({ where: { slug: 'harbor-finch' } });
    const otherAdminEmail = `other-admin${++counter}@example.test`;
    const { hashPassword } = await import('@shortlist/db/auth/hash-password');
    await server.db.prisma.user.create({ data: { agencyId: harbor.id, email: otherAdminEmail, name: 'Other Admin', role: 'ADMIN', passwordHash: await hashPassword('shortlist') } });
    const other = server.browser();
    await other.signIn(otherAdminEmail);
    const { body } = await other.graphql(TEAM);
    expect(body.data.team.every((m: { email: string }) => !m.email.endsWith('shortlist.test'))).toBe(true);
    for (const name of ['revokeInvitation', 'resendInvitation', 'deactivateTeamMember']) {
      const result = await other.graphql(memberMutation(name), { input: { memberId: id } });
      expect(result.body.data[name]).toEqual({ __typename: 'NotFoundError', message: 'No team member with this ID.' });
    }
  });
});

describe('accepting an invitation', () => {
  it('shows the agency and role, then sets the password and time zone and signs the invitee in as a recruiter', async () => {
    const { email, token } = await invite();
    const preview = await server.graphql(PREVIEW, { token });
    expect(preview.body.data.invitation).toMatchObject({ agencyName: 'Northwind Talent', email, role: 'RECRUITER', state: 'PENDING' });
    const invitee = server.browser();
    const { body } = await invitee.graphql(ACCEPT, { input: { token, password: 'a long password', timeZone: 'Europe/Berlin' } });
    expect(body.data.acceptInvitation).toMatchObject({ __typename: 'AcceptInvitationSuccess', viewer: { email, role: 'RECRUITER', timeZone: 'Europe/Berlin' } });
    const me = await invitee.graphql('{ me { email role } }');
    expect(me.body.data.me).toEqual({ email, role: 'RECRUITER' });
    // The password works at sign-in, and the link cannot be used twice.
    await server.browser().signIn(email, 'a long password');
    const again = await server.browser().graphql(ACCEPT, { input: { token, password: 'another password', timeZone: 'UTC' } });
    expect(again.body.data.acceptInvitation).toMatchObject({ __typename: 'InvalidTransitionError', message: 'This invitation has already been used. Sign in with your e-mail and password.' });
    expect((await server.graphql(PREVIEW, { token })).body.data.invitation.state).toBe('ACCEPTED');
  });

  it('an expired link is refused with a clear message and leaves the invitee unable to sign in', async () => {
    const { userId, email, token } = await invite();
    await server.db.prisma.invitation.update({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const { body } = await server.browser().graphql(ACCEPT, { input: { token, password: 'a long password', timeZone: 'UTC' } });
    expect(body.data.acceptInvitation).toMatchObject({ __typename: 'InvalidTransitionError', message: 'This invitation has expired. Ask your admin to send a new one.' });
    expect((await server.db.prisma.user.findUniqueOrThrow({ where: { email } })).passwordHash).toBe('');
  });

  it('a revoked link is refused, a resent one replaces the old link, and an unknown token is not found', async () => {
    const first = await invite();
    await admin.graphql(memberMutation('resendInvitation'), { input: { memberId: first.id } });
    const resent = await server.db.prisma.emailMessage.findMany({ where: { userId: first.userId, kind: 'invitation' } });
    expect(resent).toHaveLength(2);
    const newToken = resent.map((m) => (m.data as { token: string }).token).find((t) => t !== first.token)!;
    const old = await server.browser().graphql(ACCEPT, { input: { token: first.token, password: 'a long password', timeZone: 'UTC' } });
    expect(old.body.data.acceptInvitation.__typename).toBe('NotFoundError');
    await admin.graphql(memberMutation('revokeInvitation'), { input: { memberId: first.id } });
    const revoked = await server.browser().graphql(ACCEPT, { input: { token: newToken, password: 'a long password', timeZone: 'UTC' } });
    expect(revoked.body.data.acceptInvitation.message).toBe('This invitation was withdrawn. Ask your admin if you think that is a mistake.');
    const team = await admin.graphql(TEAM);
    expect(team.body.data.team.some((m: { id: string }) => m.id === first.id)).toBe(false);
  });

  it('refuses a short password and a zone that is not IANA, naming each field', async () => {
    const { token } = await invite();
    const { body } = await server.browser().graphql(ACCEPT, { input: { token, password: 'short', timeZone: 'Berlin' } });
    expect(body.data.acceptInvitation.fieldErrors).toEqual([
      { field: 'password', message: 'Use at least 10 characters.' },
      { field: 'timeZone', message: 'Time zone is an IANA name, like Europe/Berlin.' },
    ]);
  });
});

describe('roles and deactivation', () => {
  it('the last active admin cannot be demoted or deactivated, and an admin cannot deactivate themselves', async () => {
    const [only] = await activeAdmins();
    expect(await activeAdmins()).toHaveLength(1);
    const memberId = encodeGlobalID('User', only!.id);
    const demote = await admin.graphql(memberMutation('changeTeamMemberRole'), { input: { memberId, role: 'RECRUITER' } });
    expect(demote.body.data.changeTeamMemberRole).toEqual({ __typename: 'InvalidTransitionError', message: 'The agency needs at least one active admin: make someone else an admin first.' });
    const self = await admin.graphql(memberMutation('deactivateTeamMember'), { input: { memberId } });
    expect(self.body.data.deactivateTeamMember.message).toBe('You cannot deactivate yourself: ask another admin.');
    expect((await server.db.prisma.user.findUniqueOrThrow({ where: { id: only!.id } })).role).toBe('ADMIN');
  });

  it('deactivating a recruiter ends their sessions at once and refuses their sign-in; reactivating lets them back', async () => {
    const recruiter = server.browser();
    await recruiter.signIn('recruiter@shortlist.test');
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
    const memberId = encodeGlobalID('User', user.id);
    const { body } = await admin.graphql(memberMutation('deactivateTeamMember', '... on DeactivateTeamMemberSuccess { member { status } }'), { input: { memberId } });
    expect(body.data.deactivateTeamMember).toEqual({ __typename: 'DeactivateTeamMemberSuccess', member: { status: 'DEACTIVATED' } });
    expect((await recruiter.graphql('{ me { email } }')).body.data.me).toBeNull();
    const signIn = await server.graphql(SIGN_IN, { input: { email: 'recruiter@shortlist.test', password: 'shortlist' } });
    expect(signIn.body.data.signIn.__typename).toBe('InvalidCredentialsError');
    const back = await admin.graphql(memberMutation('reactivateTeamMember', '... on ReactivateTeamMemberSuccess { member { status } }'), { input: { memberId } });
    expect(back.body.data.reactivateTeamMember.member.status).toBe('ACTIVE');
    await server.browser().signIn('recruiter@shortlist.test');
  });

  it('promoting a recruiter to admin lets the first admin step down, and two admins demoting each other at once leave one', async () => {
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
    const [first] = await activeAdmins();
    const promote = await admin.graphql(memberMutation('changeTeamMemberRole'), { input: { memberId: encodeGlobalID('User', user.id), role: 'ADMIN' } });
    expect(promote.body.data.changeTeamMemberRole.__typename).toBe('ChangeTeamMemberRoleSuccess');
    const second = server.browser();
    await second.signIn('recruiter@shortlist.test');
    const results = await Promise.all([
      admin.graphql(memberMutation('changeTeamMemberRole'), { input: { memberId: encodeGlobalID('User', user.id), role: 'RECRUITER' } }),
      second.graphql(memberMutation('changeTeamMemberRole'), { input: { memberId: encodeGlobalID('User', first!.id), role: 'RECRUITER' } }),
    ]);
    // One wins; the other is refused: as the last admin (InvalidTransitionError) or, if the winner's change came first,
    // as no longer an admin at all (NotAllowedError).
    const outcomes = results.map((r) => r.body.data.changeTeamMemberRole.__typename);
    expect(outcomes.filter((name) => name === 'ChangeTeamMemberRoleSuccess')).toHaveLength(1);
    expect(await activeAdmins()).toHaveLength(1);
    // Put the demo back as it was for the tests that follow: the demo admin alone is admin.
    await server.db.prisma.user.update({ where: { id: user.id }, data: { role: 'RECRUITER' } });
    await server.db.prisma.user.update({ where: { id: first!.id }, data: { role: 'ADMIN' } });
  });
});
