import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { PrismaClient } from '@shortlist/db/prisma';
import type PrismaTypes from '@shortlist/db/pothos-types';
import { getDatamodel } from '@shortlist/db/pothos-types';
import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createCandidateProfile } from '../../../test/factories.ts';
import { loadedColumnsInnerPlugin, loadedColumnsOuterPlugin } from './loaded-columns-plugin.ts';

interface TestContext {
  prisma: PrismaClient;
  canSeeHeadline: boolean;
}

/** A select-mode candidate type as the app's (only `id` by default, each exposed column selected when asked). */
function schemaFor(plugins: 'with' | 'without') {
  const builder = new SchemaBuilder<{ Context: TestContext; PrismaTypes: PrismaTypes; AuthScopes: { headline: boolean } }>({
    plugins: plugins === 'with' ? [ScopeAuthPlugin, loadedColumnsOuterPlugin, PrismaPlugin, loadedColumnsInnerPlugin] : [ScopeAuthPlugin, PrismaPlugin],
    prisma: { client: (ctx: TestContext) => ctx.prisma, dmmf: getDatamodel(), onUnusedQuery: null },
    scopeAuth: { authScopes: (ctx: TestContext) => ({ headline: ctx.canSeeHeadline }) },
  } as never);
  const Candidate = builder.prismaObject('CandidateProfile', {
    select: { id: true },
    fields: (t) => ({
      fullName: t.exposeString('fullName'),
      headline: t.exposeString('headline', { authScopes: { headline: true }, nullable: true }),
      seniority: t.exposeString('seniority'),
      city: t.exposeString('city', { nullable: true }),
    }),
  });
  builder.queryType({
    fields: (t) => ({
      // The planned path: the query the selection asks for, so every row carries the columns asked.
      planned: t.prismaField({
        type: [Candidate],
        args: { agencyId: t.arg.string({ required: true }) },
        resolve: (query, _root, args, ctx) => ctx.prisma.candidateProfile.findMany({ ...query, where: { agencyId: args.agencyId }, orderBy: { fullName: 'asc' } }),
      }),
      // Rows from outside any planned query, carrying only their id: each column asked is loaded by the plugin.
      idsOnly: t.field({
        type: [Candidate],
        args: { agencyId: t.arg.string({ required: true }) },
        resolve: (_root, args, ctx) =>
          ctx.prisma.candidateProfile.findMany({ select: { id: true }, where: { agencyId: args.agencyId }, orderBy: { fullName: 'asc' } }),
      }),
    }),
  });
  return builder.toSchema();
}

let db: TestDatabase;
let agencyId: string;

beforeAll(async () => {
  db = await createTestDatabase('migrated');
  agencyId = (await createAgency(db.prisma)).id;
  await createCandidateProfile(db.prisma, agencyId, [], { fullName: 'Ada Lovelace', headline: 'Analyst', city: null, seniority: 'SENIOR' });
  await createCandidateProfile(db.prisma, agencyId, [], { fullName: 'Grace Hopper', headline: 'Compilers', city: 'Arlington', seniority: 'LEAD' });
});

afterAll(async () => {
  await db?.close();
});

const run = (plugins: 'with' | 'without', field: 'planned' | 'idsOnly', canSeeHeadline = true) =>
  execute({
    schema: schemaFor(plugins),
    document: parse(`query ($agencyId: String!) { ${field}(agencyId: $agencyId) { fullName headline seniority city } }`),
    variableValues: { agencyId },
    contextValue: { prisma: db.prisma, canSeeHeadline },
  });

describe('columns a row already carries', () => {
  it('answer the same as through the prisma plugin, empty columns included', async () => {
    const expected = [
      { fullName: 'Ada Lovelace', headline: 'Analyst', seniority: 'SENIOR', city: null },
      { fullName: 'Grace Hopper', headline: 'Compilers', seniority: 'LEAD', city: 'Arlington' },
    ];
    expect(await run('with', 'planned')).toEqual({ data: { planned: expected } });
    expect(await run('without', 'planned')).toEqual({ data: { planned: expected } });
  });

  it('are still loaded when a row lacks them', async () => {
    const result = await run('with', 'idsOnly');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      idsOnly: [
        { fullName: 'Ada Lovelace', headline: 'Analyst', seniority: 'SENIOR', city: null },
        { fullName: 'Grace Hopper', headline: 'Compilers', seniority: 'LEAD', city: 'Arlington' },
      ],
    });
  });

  it("are still refused by a field's auth scopes", async () => {
    for (const field of ['planned', 'idsOnly'] as const) {
      const result = await run('with', field, false);
      expect(result.data?.[field]).toEqual([
        { fullName: 'Ada Lovelace', headline: null, seniority: 'SENIOR', city: null },
        { fullName: 'Grace Hopper', headline: null, seniority: 'LEAD', city: 'Arlington' },
      ]);
      expect(result.errors?.map((error) => error.path?.join('.'))).toEqual([`${field}.0.headline`, `${field}.1.headline`]);
    }
  });
});
