import { hashPassword } from '@shortlist/db/auth/hash-password';
import { openDatabase } from '@shortlist/db/open-database';
import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignInThrottlePolicy } from '../src/modules/auth/sign-in-throttle.ts';
import { createLogger } from '../src/http/logging/create-logger.ts';
import { createServer } from '../src/server.ts';
import { createAgency } from './factories.ts';

// Waits long enough that none runs out during a test, so nothing here sleeps or depends on timing.
const patientAccount = { failuresBeforeWait: 5, firstWaitSeconds: 60, maxWaitSeconds: 900, memorySeconds: 3600 };
const lenientIp = { failuresBeforeWait: 10_000, firstWaitSeconds: 60, maxWaitSeconds: 900, memorySeconds: 3600 };

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on Error { message }
      ... on TooManySignInAttemptsError { retryAfterSeconds }
    }
  }`;

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function startServer(db: TestDatabase, policy: SignInThrottlePolicy, trustProxy?: string) {
  const server = await createServer({ db, isProduction: false, logger: createLogger('silent'), signInThrottlePolicy: policy, trustProxy });
  const running = await server.listen(0, '127.0.0.1');
  cleanups.push(async () => {
    server.httpServer.close();
    await running.close();
  });
  const url = running.url.replace('localhost', '127.0.0.1');
  return async (email: string, password: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
    });
    const body = (await response.json()) as { data: { signIn: { __typename: string; message?: string; retryAfterSeconds?: number } } };
    return { ...body.data.signIn, setCookie: response.headers.get('set-cookie') };
  };
}

async function databaseWithRiley() {
  const db = await createTestDatabase();
  cleanups.push(() => db.close());
  const agency = await createAgency(db.prisma, 'Northwind Talent');
  await db.prisma.user.create({
    data: { agencyId: agency.id, email: 'riley@northwind.test', name: 'Riley Chen', role: 'RECRUITER', passwordHash: await hashPassword('correct horse') },
  });
  return db;
}

describe('signing in over and over', () => {
  let db: TestDatabase;
  let signIn: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    db = await databaseWithRiley();
    signIn = await startServer(db, { account: patientAccount, ip: lenientIp });
  });

  it('after 300 wrong passwords, the right one is refused with a wait instead of signing in', async () => {
    const answers = new Map<string, number>();
    for (let i = 0; i < 300; i += 1) {
      const { __typename } = await signIn('riley@northwind.test', `guess ${i}`);
      answers.set(__typename, (answers.get(__typename) ?? 0) + 1);
    }
    // Five passwords were checked; the other 295 were refused unchecked.
    expect(Object.fromEntries(answers)).toEqual({ InvalidCredentialsError: 5, TooManySignInAttemptsError: 295 });

    const right = await signIn(' Riley@Northwind.test ', 'correct horse');
    expect(right.__typename).toBe('TooManySignInAttemptsError');
    expect(right.message).toMatch(/^Too many attempts\. Try again in (1 minute|\d+ seconds)\.$/);
    expect(right.retryAfterSeconds).toBeGreaterThan(0);
    expect(right.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(right.setCookie).toBeNull();

    // The agency admin can see it happen: every attempt is on record, against Riley's account.
    const events = await db.prisma.securityEvent.groupBy({ by: ['kind', 'agencyId'], where: { email: 'riley@northwind.test' }, _count: true });
    const agencyId = (await db.prisma.user.findUniqueOrThrow({ where: { email: 'riley@northwind.test' } })).agencyId;
    expect(events.map(({ kind, agencyId, _count }) => ({ kind, agencyId, _count })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'SIGN_IN_FAILED', agencyId, _count: 5 },
      { kind: 'SIGN_IN_THROTTLED', agencyId, _count: 296 },
    ]);
  }, 120_000);

  it('answers an e-mail no account has exactly as it answers a real one', async () => {
    const answersFor = async (email: string, password: string) => {
      const answers = [];
      for (let i = 0; i < 6; i += 1) {
        const { __typename, message } = await signIn(email, i === 5 ? password : `guess ${i}`);
        answers.push({ __typename, message });
      }
      return answers;
    };
    await db.prisma.user.create({
      data: { agencyId: (await createAgency(db.prisma)).id, email: 'sam@northwind.test', name: 'Sam', role: 'RECRUITER', passwordHash: await hashPassword('sam pass') },
    });
    const known = await answersFor('sam@northwind.test', 'sam pass');
    const unknown = await answersFor('nobody@northwind.test', 'sam pass');
    expect(unknown).toEqual(known);
    expect(known.map((a) => a.__typename)).toEqual([...Array(5).fill('InvalidCredentialsError'), 'TooManySignInAttemptsError']);
  });

  it("a successful sign-in clears the account's failures", async () => {
    await db.prisma.user.create({
      data: { agencyId: (await createAgency(db.prisma)).id, email: 'kim@northwind.test', name: 'Kim', role: 'RECRUITER', passwordHash: await hashPassword('kim pass') },
    });
    const typenames = [];
    for (const password of ['a', 'b', 'c', 'd', 'kim pass', 'e', 'f', 'g', 'h', 'kim pass']) {
      typenames.push((await signIn('kim@northwind.test', password)).__typename);
    }
    expect(typenames).toEqual([
      ...Array(4).fill('InvalidCredentialsError'),
      'SignInSuccess',
      ...Array(4).fill('InvalidCredentialsError'),
      'SignInSuccess',
    ]);
  });
});

describe('one address trying many accounts', () => {
  it('is paused too, whichever e-mail it tries next', async () => {
    const db = await databaseWithRiley();
    const signIn = await startServer(db, {
      account: { ...patientAccount, failuresBeforeWait: 10_000 },
      ip: { ...lenientIp, failuresBeforeWait: 4 },
    });
    const typenames = [];
    for (let i = 0; i < 4; i += 1) typenames.push((await signIn(`person${i}@northwind.test`, 'guess')).__typename);
    typenames.push((await signIn('riley@northwind.test', 'correct horse')).__typename);
    expect(typenames).toEqual([...Array(4).fill('InvalidCredentialsError'), 'TooManySignInAttemptsError']);
  });
});

describe('behind a reverse proxy (SHORTLIST_TRUST_PROXY=1)', () => {
  it("pauses the client's own address, not the proxy's that every client shares", async () => {
    const db = await databaseWithRiley();
    const signIn = await startServer(db, { account: { ...patientAccount, failuresBeforeWait: 10_000 }, ip: { ...lenientIp, failuresBeforeWait: 2 } }, '1');
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const typenames = [
      (await signIn('a@northwind.test', 'guess', from('203.0.113.7'))).__typename,
      (await signIn('b@northwind.test', 'guess', from('203.0.113.7'))).__typename,
      (await signIn('riley@northwind.test', 'correct horse', from('203.0.113.7'))).__typename,
      (await signIn('riley@northwind.test', 'correct horse', from('198.51.100.2'))).__typename,
    ];
    expect(typenames).toEqual(['InvalidCredentialsError', 'InvalidCredentialsError', 'TooManySignInAttemptsError', 'SignInSuccess']);
    const failed = await db.prisma.securityEvent.findMany({ where: { kind: 'SIGN_IN_FAILED' }, select: { ip: true } });
    expect(failed).toEqual([{ ip: '203.0.113.7' }, { ip: '203.0.113.7' }]);
  });
});

describe('two API processes on one PostgreSQL', () => {
  it('share the pause: failures counted by one are refused by the other', async ({ skip }) => {
    const db = await databaseWithRiley();
    if (db.engine !== 'postgres' || !db.pool) return skip('PGlite is one process by construction');
    // A second, independent connection pool to the same database, as a second process would have.
    const url = (db.pool as unknown as { options: { connectionString: string } }).options.connectionString;
    const other = await openDatabase({ databaseUrl: url });
    cleanups.push(() => other.close());
    const policy = { account: patientAccount, ip: lenientIp };
    const first = await startServer(db, policy);
    const second = await startServer({ ...other, engine: 'postgres' }, policy);
    for (let i = 0; i < 5; i += 1) expect((await first('riley@northwind.test', `guess ${i}`)).__typename).toBe('InvalidCredentialsError');
    expect((await second('riley@northwind.test', 'correct horse')).__typename).toBe('TooManySignInAttemptsError');
  });
});
