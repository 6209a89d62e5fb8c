import { hashPassword } from '@shortlist/db/auth/hash-password';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../../test/factories.ts';
import { startTestServer, type TestServer } from '../../../test/start-test-server.ts';

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInSuccess { viewer { name email role agency { name } } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { field message } }
    }
  }`;
const ME = '{ me { email role } }';

let server: TestServer;

/** A user of an agency of their own (or of `agencyId`) who signs in with `password`. */
async function createUser(user: { email: string; name: string; role: 'RECRUITER' | 'ADMIN'; password: string; agencyId?: string }) {
  const agencyId = user.agencyId ?? (await createAgency(server.db.prisma)).id;
  await server.db.prisma.user.create({
    data: { agencyId, email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(user.password) },
  });
}

beforeAll(async () => {
  server = await startTestServer();
  const agency = await createAgency(server.db.prisma, 'Northwind Talent');
  await createUser({ agencyId: agency.id, email: 'riley@northwind.test', name: 'Riley Chen', role: 'RECRUITER', password: 'correct horse' });
});
afterAll(() => server.close());

describe('signing in', () => {
  it('with the right password sets an HttpOnly, SameSite=Lax session cookie and makes me the viewer', async () => {
    const browser = server.browser();
    const { body, setCookie } = await browser.graphql(SIGN_IN, { input: { email: ' Riley@Northwind.test ', password: 'correct horse' } });
    expect(body.errors).toBeUndefined();
    expect(body.data.signIn).toEqual({
      __typename: 'SignInSuccess',
      viewer: { name: 'Riley Chen', email: 'riley@northwind.test', role: 'RECRUITER', agency: { name: 'Northwind Talent' } },
    });
    expect(setCookie).toMatch(/^shortlist_session=[\w-]{40,}; /);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect((await browser.graphql(ME)).body.data.me).toEqual({ email: 'riley@northwind.test', role: 'RECRUITER' });
  });

  it('with a wrong password or an unknown e-mail gives the same typed error and no cookie', async () => {
    for (const input of [
      { email: 'riley@northwind.test', password: 'wrong' },
      { email: 'nobody@northwind.test', password: 'correct horse' },
    ]) {
      const browser = server.browser();
      const { body, setCookie } = await browser.graphql(SIGN_IN, { input });
      expect(body.data.signIn).toEqual({ __typename: 'InvalidCredentialsError', message: 'That e-mail and password do not match an account.' });
      expect(setCookie).toBeNull();
      expect((await browser.graphql(ME)).body.data.me).toBeNull();
    }
  });

  it('names the field when the e-mail is not an e-mail', async () => {
    const { body } = await server.browser().graphql(SIGN_IN, { input: { email: 'riley', password: '' } });
    expect(body.data.signIn.__typename).toBe('ValidationError');
    expect(body.data.signIn.fieldErrors).toEqual([
      { field: 'email', message: 'Enter an e-mail address, like sam@example.com.' },
      { field: 'password', message: 'Enter your password.' },
    ]);
  });
});

describe('signing out', () => {
  it('ends the session on the server, so the old cookie no longer signs anyone in', async () => {
    const browser = server.browser();
    await browser.signIn('riley@northwind.test', 'correct horse');
    const stolenCookie = browser.cookie;
    const { body, setCookie } = await browser.graphql('mutation { signOut }');
    expect(body.data.signOut).toBe(true);
    expect(setCookie).toMatch(/^shortlist_session=;/);
    const replay = server.browser();
    replay.cookie = stolenCookie;
    expect((await replay.graphql(ME)).body.data.me).toBeNull();
  });
});

describe('a session cookie', () => {
  it('signs nobody in once the session has expired, or once the user is disabled', async () => {
    await createUser({ email: 'kim@northwind.test', name: 'Kim Lee', role: 'ADMIN', password: 'tr0ub4dor' });
    const expiring = server.browser();
    await expiring.signIn('kim@northwind.test', 'tr0ub4dor');
    expect((await expiring.graphql(ME)).body.data.me).toEqual({ email: 'kim@northwind.test', role: 'ADMIN' });
    await server.db.prisma.session.updateMany({ where: { user: { email: 'kim@northwind.test' } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await expiring.graphql(ME)).body.data.me).toBeNull();

    const disabled = server.browser();
    await disabled.signIn('kim@northwind.test', 'tr0ub4dor');
    expect((await disabled.graphql(ME)).body.data.me).toEqual({ email: 'kim@northwind.test', role: 'ADMIN' });
    await server.db.prisma.user.update({ where: { email: 'kim@northwind.test' }, data: { disabledAt: new Date() } });
    expect((await disabled.graphql(ME)).body.data.me).toBeNull();
  });
});

describe('signing in again in the same browser', () => {
  it('ends the session the browser had, so a cookie from before the sign-in no longer works', async () => {
    await createUser({ email: 'sam@northwind.test', name: 'Sam Park', role: 'RECRUITER', password: 'battery staple' });
    const browser = server.browser();
    await browser.signIn('riley@northwind.test', 'correct horse');
    const rileysCookie = browser.cookie;
    await browser.signIn('sam@northwind.test', 'battery staple');
    expect(browser.cookie).not.toBe(rileysCookie);
    expect((await browser.graphql(ME)).body.data.me.email).toBe('sam@northwind.test');

    const replay = server.browser();
    replay.cookie = rileysCookie;
    expect((await replay.graphql(ME)).body.data.me).toBeNull();
  });
});

describe('partner keys', () => {
  it('refuses an unknown or malformed bearer key with 401 instead of treating it as anonymous', async () => {
    for (const authorization of ['Bearer sl_live_abcdefgh_' + 'x'.repeat(40), 'Bearer nonsense', 'Basic dXNlcjpwYXNz']) {
      const { status, body } = await server.graphql('{ jobBoard(first: 1) { edges { cursor } } }', undefined, { authorization });
      expect(status).toBe(401);
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});
