// Issue 11: a partner keeps a mirror by updatedAt, so every node says when it last changed, and the value moves
// when the record does (or says plainly why it never moves).
import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestBrowser, type TestServer } from './start-test-server.ts';

describe('updatedAt on every node', () => {
  it('is a non-null DateTime on every type that implements Node', () => {
    const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
    const nodes = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLObjectType => type instanceof GraphQLObjectType && type.getInterfaces().some((i) => i.name === 'Node'),
    );
    expect(nodes.length).toBeGreaterThan(10);
    const missing = nodes.filter((type) => {
      const field = type.getFields().updatedAt;
      return !(field && field.type instanceof GraphQLNonNull && field.type.ofType instanceof GraphQLScalarType && field.type.ofType.name === 'DateTime');
    });
    expect(missing.map((type) => type.name)).toEqual([]);
  });
});

describe('updatedAt as a person and their agency change', () => {
  let server: TestServer;
  let admin: TestBrowser;
  beforeAll(async () => {
    server = await startTestServer('demo');
    admin = server.browser();
    await admin.signIn('admin@shortlist.test');
  });
  afterAll(() => server.close());

  const ME = '{ me { createdAt updatedAt agency { createdAt updatedAt } } }';

  it("moves with the record and not before: a user's time zone, the agency's name", async () => {
    const before = (await admin.graphql(ME)).body.data.me;
    expect(Date.parse(before.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.createdAt));
    const { prisma } = server.db;
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'admin@shortlist.test' } });
    await prisma.user.update({ where: { id: user.id }, data: { timeZone: 'Europe/Dublin' } });
    await prisma.agency.update({ where: { id: user.agencyId }, data: { name: 'Northwind Talent Group' } });
    const after = (await admin.graphql(ME)).body.data.me;
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    expect(Date.parse(after.agency.updatedAt)).toBeGreaterThan(Date.parse(before.agency.updatedAt));
    expect(after.createdAt).toBe(before.createdAt);
  });
});
