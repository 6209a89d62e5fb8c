// Issue 9: node(id) and nodes(ids) are no existence oracle. A missing object, another agency's object and an ID of
// a type that does not exist answer exactly alike (null, no error), item by item; nodes takes at most 100 IDs.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from './start-test-server.ts';

let server: TestServer;
let recruiter: TestBrowser;
let ownCandidate: string;
let foreignCandidate: string;

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ recruiter } = await signInDemoUsers(server));
  const prisma = server.db.prisma;
  const own = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
  const other = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@otheragency.test' } });
  const ours = await prisma.candidateProfile.findFirstOrThrow({ where: { agencyId: own.agencyId! } });
  const theirs = await prisma.candidateProfile.findFirstOrThrow({ where: { agencyId: other.agencyId! } });
  ownCandidate = encodeGlobalID('Candidate', ours.id);
  foreignCandidate = encodeGlobalID('Candidate', theirs.id);
});
afterAll(() => server?.close());

const NODE = 'query($id: ID!) { node(id: $id) { id ... on Candidate { fullName } } }';
const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Candidate { fullName } } }';

describe('node(id)', () => {
  it('answers a missing object, another agency\'s object and an unknown type exactly alike: null, no error', async () => {
    const answers = [];
    for (const id of [encodeGlobalID('Candidate', randomUUID()), foreignCandidate, encodeGlobalID('Foo', randomUUID())]) {
      const { status, body } = await recruiter.graphql(NODE, { id });
      answers.push({ status, data: body.data, errors: body.errors });
    }
    for (const answer of answers) expect(answer).toEqual({ status: 200, data: { node: null }, errors: undefined });
  });

  it('still finds an object the viewer may see', async () => {
    const { body } = await recruiter.graphql(NODE, { id: ownCandidate });
    expect(body.errors).toBeUndefined();
    expect(body.data.node).toEqual({ id: ownCandidate, fullName: expect.any(String) });
  });

  it('answers null for an ID whose key is not a UUID (a NUL byte never reaches the database)', async () => {
    const { status, body } = await recruiter.graphql(NODE, { id: encodeGlobalID('Candidate', 'a\u0000b') });
    expect({ status, data: body.data, errors: body.errors }).toEqual({ status: 200, data: { node: null }, errors: undefined });
  });
});

describe('nodes(ids)', () => {
  it('answers item by item: one missing, foreign or unknown ID is null without blanking the others', async () => {
    const ids = [ownCandidate, encodeGlobalID('Candidate', randomUUID()), foreignCandidate, encodeGlobalID('Foo', randomUUID()), ownCandidate];
    const { status, body } = await recruiter.graphql(NODES, { ids });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const own = { id: ownCandidate, fullName: expect.any(String) };
    expect(body.data.nodes).toEqual([own, null, null, null, own]);
  });

  it('takes 100 IDs, and refuses 101 with a 400 saying the limit', async () => {
    const hundred = Array.from({ length: 100 }, () => encodeGlobalID('Candidate', randomUUID()));
    const allowed = await recruiter.graphql(NODES, { ids: hundred });
    expect(allowed.status).toBe(200);
    expect(allowed.body.data.nodes).toEqual(hundred.map(() => null));
    const refused = await recruiter.graphql(NODES, { ids: [...hundred, ownCandidate] });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toContain('at most 100');
    expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
