import SchemaBuilder from '@pothos/core';
import RelayPlugin, { encodeGlobalID } from '@pothos/plugin-relay';
import { execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { syncGlobalIdsPlugin } from './sync-global-ids-plugin.ts';

type Row = { id: string; name: string };

function schemaWith(options: { isIdAsync: boolean; encodeGlobalID?: (typename: string, id: string | number | bigint) => string }) {
  const builder = new SchemaBuilder<{ DefaultFieldNullability: false }>({
    plugins: [RelayPlugin, syncGlobalIdsPlugin],
    defaultFieldNullability: false,
    relay: { clientMutationId: 'omit', cursorType: 'String', ...(options.encodeGlobalID && { encodeGlobalID: options.encodeGlobalID }) },
    // The app's plugins (scope-auth, Prisma) make their options required of every builder's type; this one uses neither.
  } as never);
  const Thing = builder.node(builder.objectRef<Row>('Thing'), {
    id: { resolve: (row) => (options.isIdAsync ? Promise.resolve(row.id) : row.id) },
    loadOne: (id) => ({ id: String(id), name: 'loaded' }),
    fields: (t) => ({ name: t.exposeString('name') }),
  });
  builder.queryType({
    fields: (t) => ({
      things: t.field({ type: [Thing], resolve: () => [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] }),
    }),
  });
  return builder.toSchema();
}

const THINGS = parse('{ things { id name } }');

describe('node IDs', () => {
  it('answer at once, without a promise, when the node has its ID at hand', () => {
    const result = execute({ schema: schemaWith({ isIdAsync: false }), document: THINGS });
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toEqual({
      data: { things: [{ id: encodeGlobalID('Thing', 'a'), name: 'A' }, { id: encodeGlobalID('Thing', 'b'), name: 'B' }] },
    });
  });

  it('are the same global IDs when the node finds its ID asynchronously', async () => {
    const result = await execute({ schema: schemaWith({ isIdAsync: true }), document: THINGS });
    expect(result).toEqual({
      data: { things: [{ id: encodeGlobalID('Thing', 'a'), name: 'A' }, { id: encodeGlobalID('Thing', 'b'), name: 'B' }] },
    });
  });

  it("use the builder's own encoding when it has one", () => {
    const result = execute({ schema: schemaWith({ isIdAsync: false, encodeGlobalID: (typename, id) => `${typename}/${id}` }), document: THINGS });
    expect(result).toEqual({ data: { things: [{ id: 'Thing/a', name: 'A' }, { id: 'Thing/b', name: 'B' }] } });
  });
});
