import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { ApiKeyScope } from '@shortlist/db/prisma';
import type PrismaTypes from '@shortlist/db/pothos-types';
import { getDatamodel } from '@shortlist/db/pothos-types';
import { GraphQLError } from 'graphql';
import type { Context } from './context.ts';
import { inputGuardPlugin } from './http/input-guard-plugin.ts';
import { connectionArgumentsPlugin } from './modules/common/connection-arguments-plugin.ts';
import { loadedColumnsInnerPlugin, loadedColumnsOuterPlugin } from './modules/common/loaded-columns-plugin.ts';
import { syncGlobalIdsPlugin } from './modules/common/sync-global-ids-plugin.ts';
import { loadVisibleNodes } from './modules/common/load-visible-nodes.ts';
import { scopeAuthError } from './modules/auth/scope-error.ts';

/** `nodes(ids)` answers at most this many IDs per call, as a connection's page does. */
export const MAX_NODE_IDS = 100;

export interface AuthScopes {
  /** Anyone, signed in or not. */
  public: boolean;
  /** A person or a partner key. */
  signedIn: boolean;
  /** A person signed in with a session (any role). */
  user: boolean;
  candidate: boolean;
  /** Agency staff: recruiters and admins. */
  staff: boolean;
  admin: boolean;
  /** A partner key holding this scope. */
  partner: ApiKeyScope;
}

const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

// Configuration only: types live in modules/<feature>/, schema.ts assembles them.
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string | number };
  };
}>({
  // Errors before scope-auth, so a mutation refused by its authScopes returns the typed NotAllowedError its
  // result union lists (the message is generic and reveals nothing). Scope-auth still runs before resolvers.
  // The input guard comes after them: it runs after scope-auth, inside the errors plugin, so its ValidationError is typed.
  // Connection arguments next: every connection's cursors name their list, and first with last is refused.
  // Synchronous global IDs last, innermost: they replace the relay plugin's async `id` resolver itself.
  // The two halves of loaded columns hug the prisma plugin: a column the row already carries skips its per-row lookup.
  plugins: [
    ErrorsPlugin,
    ScopeAuthPlugin,
    ValidationPlugin,
    loadedColumnsOuterPlugin,
    PrismaPlugin,
    loadedColumnsInnerPlugin,
    RelayPlugin,
    inputGuardPlugin,
    connectionArgumentsPlugin,
    syncGlobalIdsPlugin,
  ],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => {
      const user = ctx.viewer?.kind === 'user' ? ctx.viewer : null;
      const partner = ctx.viewer?.kind === 'partner' ? ctx.viewer : null;
      return {
        public: true,
        signedIn: ctx.viewer !== null,
        user: user !== null,
        candidate: user?.role === 'CANDIDATE',
        staff: user?.role === 'RECRUITER' || user?.role === 'ADMIN',
        admin: user?.role === 'ADMIN',
        partner: (scope: ApiKeyScope) => partner?.scopes.includes(scope) ?? false,
      };
    },
    // Denied fields say so plainly; the message never reveals whether the object exists. A partner key missing a
    // scope is told which one (modules/auth/scope-error.ts).
    unauthorizedError: (_parent, ctx, info, result) => scopeAuthError(ctx.viewer, info, result),
  },
  errors: {
    // Not a default: signIn is public and has no IDs, so these two would be lies in its union. Every mutation that can
    // refuse its caller or meet an ID lists NotAllowedError/NotFoundError itself (test/mutation-error-shape.test.ts
    // walks them all), so neither ever becomes a top-level FORBIDDEN with `data: null`.
    defaultTypes: [],
    defaultUnionOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Result` },
    defaultResultOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Success` },
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    // A resolver that forgets to spread `query` would silently cause N+1 queries.
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Descriptions of the parts the relay plugin makes, the same for every connection and node.
    nodeTypeOptions: {
      description: 'An object with a global ID, which `node(id:)` and `nodes(ids:)` read again. Global IDs are opaque: store them as they are.',
    },
    idFieldOptions: { description: "The object's global ID: opaque, stable, and unique across all types." },
    pageInfoTypeOptions: { description: 'Where a page sits in its list, and the cursors to ask for the next or previous page with.' },
    hasNextPageFieldOptions: { description: 'Whether more entries follow this page: ask again with `after: endCursor`.' },
    hasPreviousPageFieldOptions: { description: 'Whether entries precede this page: ask again with `before: startCursor` and `last`.' },
    startCursorFieldOptions: { description: "The cursor of the page's first entry; null when the page is empty." },
    endCursorFieldOptions: { description: "The cursor of the page's last entry; null when the page is empty." },
    edgesFieldOptions: { description: 'The entries of this page, in the order of the list.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the list, and the cursors to go on from.' },
    cursorFieldOptions: { description: 'Where this entry sits in its list: pass it as `after` or `before` to the same field for the entries after or before it.' },
    nodeFieldOptions: { description: 'The entry itself.' },
    firstArgOptions: { description: 'How many entries from the start (or from `after`), 1 to 100; 20 when neither first nor last is given.' },
    lastArgOptions: { description: 'How many entries from the end (or up to `before`), 1 to 100. Not together with `first`.' },
    afterArgOptions: { description: 'Only entries after this cursor: an `endCursor` or edge `cursor` this same field returned.' },
    beforeArgOptions: { description: 'Only entries before this cursor: a `startCursor` or edge `cursor` this same field returned.' },
    // A missing object, another tenant's and an unknown type all answer null, item by item (no existence oracle).
    nodeQueryOptions: {
      description: 'The object with this global ID, or null when it does not exist or you may not see it (the two look the same).',
      args: { id: { description: 'A global ID, as an `id` field returned it.' } },
      resolve: async (_root, { id }, ctx, info): Promise<unknown> => (await loadVisibleNodes(builder, ctx, info, [id]))[0],
    },
    nodesQueryOptions: {
      description: `The objects with these global IDs, in the same order; each null when it does not exist or you may not see it. At most ${MAX_NODE_IDS} IDs.`,
      args: { ids: { description: `Global IDs, as \`id\` fields returned them; at most ${MAX_NODE_IDS}.` } },
      resolve: (_root, { ids }, ctx, info): Promise<unknown[]> => {
        if (ids.length > MAX_NODE_IDS) {
          throw new GraphQLError(`"nodes" takes at most ${MAX_NODE_IDS} IDs; got ${ids.length}. Ask in batches.`, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
        return loadVisibleNodes(builder, ctx, info, ids);
      },
    },
  },
});

builder.queryType({
  description:
    'Everything a client reads. People sign in with a session cookie (signIn); partner systems send `Authorization: Bearer <API key>`, and see what its scopes allow.',
});
builder.mutationType({
  description:
    'Everything a client changes. Expected failures come back as typed results (each mutation\'s union lists them, all implementing Error), not as errors; any mutation takes an `Idempotency-Key` header.',
});
