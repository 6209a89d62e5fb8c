import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerKey } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestServer } from '../../../test/start-test-server.ts';

const MY_AGENCY = '{ me { agency { id name } } }';
const NODE = 'query($id: ID!) { node(id: $id) { __typename id ... on Agency { name } } }';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('demo');
});
afterAll(() => server.close());

describe('an agency is a Node', () => {
  it("its people and its partner keys read it through node(id); another agency's people, keys and anonymous callers get null", async () => {
    const { recruiter, otherRecruiter, candidate } = await signInDemoUsers(server);
    const agency = (await recruiter.graphql(MY_AGENCY)).body.data.me.agency;
    expect(agency.name).toBe('Northwind Talent');
    const { agencyId: otherAgencyId } = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@otheragency.test' } });
    const ownKey = await createPartnerKey(server.db.prisma, (await server.db.prisma.agency.findFirstOrThrow({ where: { name: 'Northwind Talent' } })).id, ['JOBS_READ']);
    const otherKey = await createPartnerKey(server.db.prisma, otherAgencyId, ['JOBS_READ']);

    for (const { body } of [await recruiter.graphql(NODE, { id: agency.id }), await candidate.graphql(NODE, { id: agency.id }), await server.graphql(NODE, { id: agency.id }, ownKey)]) {
      expect(body.data.node).toEqual({ __typename: 'Agency', id: agency.id, name: 'Northwind Talent' });
    }
    for (const { body } of [await otherRecruiter.graphql(NODE, { id: agency.id }), await server.graphql(NODE, { id: agency.id }, otherKey), await server.graphql(NODE, { id: agency.id })]) {
      expect(body.errors).toBeUndefined();
      expect(body.data.node).toBeNull();
    }
  });
});
