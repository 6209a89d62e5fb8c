import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { ApiKeyScope } from '@shortlist/db/prisma';
import type PrismaTypes from '@shortlist/db/pothos-types';
import { getDatamodel } from '@shortlist/db/pothos-types';
import type { Context } from './context.ts';
import { NotAllowedError } from './modules/errors/expected-errors.ts';

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
  plugins: [ErrorsPlugin, ScopeAuthPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin],
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
    // Denied fields say so plainly; the message never reveals whether the object exists.
    unauthorizedError: () => new NotAllowedError(),
  },
  errors: {
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
  },
});

builder.queryType({});
builder.mutationType({});
