// Issue 9: one error shape for every mutation. A caller in the wrong role, or an ID that leads nowhere, gets a
// typed result from the mutation's union (NotAllowedError, NotFoundError, ValidationError …), never `data: null`
// with a top-level FORBIDDEN. The walk introspects the schema, so a mutation added later is checked too.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerKey } from './factories.ts';
import { signInDemoUsers, startTestServer, type TestServer } from './start-test-server.ts';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface SchemaType {
  kind: string;
  name: string;
  inputFields: InputValue[] | null;
  enumValues: Array<{ name: string }> | null;
  possibleTypes: Array<{ name: string }> | null;
}
interface MutationField {
  name: string;
  args: InputValue[];
  type: TypeRef;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{
  __schema {
    mutationType { fields { name type { ${TYPE_REF} } args { name type { ${TYPE_REF} } } } }
    types { kind name inputFields { name type { ${TYPE_REF} } } enumValues { name } possibleTypes { name } }
  }
}`;

const print = (type: TypeRef): string =>
  type.kind === 'NON_NULL' ? `${print(type.ofType!)}!` : type.kind === 'LIST' ? `[${print(type.ofType!)}]` : type.name!;
const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
const mentionsId = (type: TypeRef, types: Map<string, SchemaType>, seen = new Set<string>()): boolean => {
  const base = named(type);
  if (base.name === 'ID') return true;
  const input = types.get(base.name!);
  if (input?.kind !== 'INPUT_OBJECT' || seen.has(input.name)) return false;
  seen.add(input.name);
  return input.inputFields!.some((field) => mentionsId(field.type, types, seen));
};

const PLAIN_TEXT = 'A plain message that is long enough for any minimum length.';

/**
 * A value of the type: every required field filled in (strings with `text`), every ID (even optional ones) set to
 * `junkId`.
 */
function valueOf(type: TypeRef, types: Map<string, SchemaType>, junkId: string, text = PLAIN_TEXT): unknown {
  if (type.kind === 'NON_NULL') return valueOf(type.ofType!, types, junkId, text);
  if (type.kind === 'LIST') return [valueOf(type.ofType!, types, junkId, text)];
  switch (type.name) {
    case 'ID':
      return junkId;
    case 'String':
      return text;
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString();
  }
  const schemaType = types.get(type.name!)!;
  if (schemaType.kind === 'ENUM') return schemaType.enumValues![0]!.name;
  if (schemaType.kind !== 'INPUT_OBJECT') throw new Error(`no sample value for ${type.name}`);
  const value: Record<string, unknown> = {};
  for (const field of schemaType.inputFields!) {
    if (field.type.kind === 'NON_NULL' || mentionsId(field.type, types)) value[field.name] = valueOf(field.type, types, junkId, text);
  }
  return value;
}

/** The mutation with every argument as a variable, selecting the result's type and message. */
function mutationQuery(mutation: MutationField): string {
  const variableDefinitions = mutation.args.map((arg) => `$${arg.name}: ${print(arg.type)}`).join(', ');
  const argumentList = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `mutation${variableDefinitions ? `(${variableDefinitions})` : ''} { r: ${mutation.name}${
    argumentList ? `(${argumentList})` : ''
  } { __typename ... on Error { message } ... on ValidationError { fieldErrors { field message } } } }`;
}

let server: TestServer;
let mutations: MutationField[];
let types: Map<string, SchemaType>;
let errorTypes: Set<string>;
type Send = (query: string, variables: Record<string, unknown>) => Promise<{ status: number; body: any }>;
let viewers: Record<string, Send>;

beforeAll(async () => {
  server = await startTestServer('demo');
  const { body } = await server.graphql(INTROSPECTION);
  mutations = body.data.__schema.mutationType.fields;
  types = new Map((body.data.__schema.types as SchemaType[]).map((type) => [type.name, type]));
  errorTypes = new Set(types.get('Error')!.possibleTypes!.map((type) => type.name));
  const { recruiter, candidate } = await signInDemoUsers(server);
  const agency = await server.db.prisma.agency.findFirstOrThrow({ where: { users: { some: { email: 'recruiter@shortlist.test' } } } });
  const readOnlyKey = await createPartnerKey(server.db.prisma, agency.id, ['JOBS_READ']);
  viewers = {
    anonymous: (query, variables) => server.graphql(query, variables),
    candidate: (query, variables) => candidate.graphql(query, variables),
    recruiter: (query, variables) => recruiter.graphql(query, variables),
    'read-only partner key': (query, variables) => server.graphql(query, variables, readOnlyKey),
  };
});
afterAll(() => server?.close());

// signOut is public and answers a Boolean: it has nothing to refuse and no ID to look up.
const WITHOUT_RESULT_UNION = new Set(['signOut']);

describe('every mutation, called by the wrong person or with IDs that lead nowhere', () => {
  const junkIds = {
    'a well-formed ID of a missing object': () => encodeGlobalID('Proposal', randomUUID()),
    'an ID of a type that does not exist': () => encodeGlobalID('Foo', randomUUID()),
    'a string that is no ID at all': () => 'junk',
  };

  it('is introspected in full (the walk below covers something)', () => {
    expect(mutations.length).toBeGreaterThan(20);
    expect([...errorTypes]).toEqual(expect.arrayContaining(['NotAllowedError', 'NotFoundError', 'ValidationError']));
  });

  for (const [idKind, junkId] of Object.entries(junkIds)) {
    it(`answers a typed error from its own union for ${idKind}, for every kind of caller`, async () => {
      const refused: string[] = [];
      for (const mutation of mutations.filter((m) => !WITHOUT_RESULT_UNION.has(m.name))) {
        const resultUnion = types.get(named(mutation.type).name!)!;
        const members = new Set(resultUnion.possibleTypes?.map((type) => type.name));
        const query = mutationQuery(mutation);
        const variables = Object.fromEntries(mutation.args.map((arg) => [arg.name, valueOf(arg.type, types, junkId())]));
        for (const [viewer, send] of Object.entries(viewers)) {
          const { status, body } = await send(query, variables);
          const where = `${mutation.name} as ${viewer}: ${JSON.stringify(body)}`;
          expect(status, where).toBe(200);
          expect(body.errors, where).toBeUndefined();
          expect(errorTypes.has(body.data.r.__typename), where).toBe(true);
          expect(members.has(body.data.r.__typename), where).toBe(true);
          expect(body.data.r.message, where).toEqual(expect.any(String));
          if (body.data.r.__typename === 'NotAllowedError') refused.push(`${mutation.name}/${viewer}`);
        }
      }
      // Anonymous callers are refused everywhere but signIn: the walk really met the refusal path.
      expect(refused).toEqual(expect.arrayContaining(['updateJob/anonymous', 'createCandidate/candidate', 'markNotificationsRead/read-only partner key']));
    });
  }
});

describe('every mutation with arguments, given a NUL byte in every string', () => {
  it('answers a per-field ValidationError to a caller who may use it (a refusal to one who may not), never a 500', async () => {
    const fieldErrors: string[] = [];
    for (const mutation of mutations.filter((m) => m.args.length > 0)) {
      const members = new Set(types.get(named(mutation.type).name!)!.possibleTypes?.map((type) => type.name));
      expect(members.has('ValidationError'), `${mutation.name} lists ValidationError`).toBe(true);
      const variables = Object.fromEntries(
        mutation.args.map((arg) => [arg.name, valueOf(arg.type, types, encodeGlobalID('Proposal', randomUUID()), 'Senior\u0000Engineer')]),
      );
      for (const [viewer, send] of Object.entries(viewers)) {
        const { status, body } = await send(mutationQuery(mutation), variables);
        const where = `${mutation.name} as ${viewer}: ${JSON.stringify(body)}`;
        expect(status, where).toBe(200);
        expect(body.errors, where).toBeUndefined();
        // NotFoundError only where the input holds no text besides the (junk) IDs, e.g. acceptOffer.
        expect(['ValidationError', 'NotAllowedError', 'NotFoundError'], where).toContain(body.data.r.__typename);
        for (const error of body.data.r.fieldErrors ?? []) fieldErrors.push(`${mutation.name}: ${error.field}: ${error.message}`);
      }
    }
    expect(fieldErrors).toEqual(
      expect.arrayContaining([
        'createJob: title: Title cannot contain control characters (such as a NUL byte).',
        'proposeMatch: message: Message cannot contain control characters (such as a NUL byte).',
        'makeOffer: message: Message cannot contain control characters (such as a NUL byte).',
        'createCandidate: fullName: Full name cannot contain control characters (such as a NUL byte).',
      ]),
    );
  });
});
