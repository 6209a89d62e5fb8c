import { ApiKeyScope } from '@shortlist/db/prisma';
import type { Viewer } from '../../context.ts';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { oneLine } from '../common/one-line.ts';
import { hashToken } from '../auth/session-cookie.ts';
import { NotAllowedError, NotFoundError, parseInput, ValidationError } from '../errors/errors.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';

export const ApiKeyScopeEnum = builder.enumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'What a partner key may do: JOBS_READ (jobs:read), CANDIDATES_READ, PROPOSALS_READ, PROPOSALS_WRITE.',
});

const isAdminOf = (agencyId: string, viewer: { kind: string; agencyId?: string; role?: string } | null) =>
  viewer?.kind === 'user' && viewer.role === 'ADMIN' && viewer.agencyId === agencyId;

export const ApiKeyRef = builder.prismaNode('ApiKey', {
  id: { field: 'id' },
  description: "A partner system's key. Its secret is shown once, at creation; only a hash is stored.",
  // The agency's admins, and the key itself (through `viewer`).
  authScopes: (key, ctx) => isAdminOf(key.agencyId, ctx.viewer) || (ctx.viewer?.kind === 'partner' && ctx.viewer.apiKeyId === key.id),
  fields: (t) => ({
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The first characters of the key, to tell keys apart.' }),
    scopes: t.expose('scopes', { type: [ApiKeyScopeEnum] }),
    clientCompany: t.relation('clientCompany', { nullable: true, description: 'When set, the key sees only this client.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    createdBy: t.relation('createdBy'),
  }),
});

/** `sl_live_<prefix>_<secret>`: the prefix is stored in clear to tell keys apart, the whole key only as a hash. */
function newApiKey() {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const prefix = Array.from(randomBytes(8), (b) => alphabet[b % alphabet.length]).join('');
  const key = `sl_live_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, keyHash: hashToken(key) };
}

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'Who the key is for, e.g. "Acme careers site".' }),
    scopes: t.field({ type: [ApiKeyScopeEnum], required: true }),
    clientCompanyId: t.id({ required: false, description: "Limit the key to this client company's jobs and proposals." }),
  }),
});

const createSchema = z.object({
  name: oneLine(z.string().trim().min(2, 'Name the key (at least 2 characters).').max(100, 'At most 100 characters.'), 'The name'),
  scopes: z.array(z.enum(ApiKeyScope)).min(1, 'Choose at least one scope.'),
  clientCompanyId: z.string().nullish(),
});

const ApiKeyCreated = builder.objectRef<{ apiKey: { id: string }; secret: string }>('CreateApiKeySuccess').implement({
  description: 'The new key. `secret` is shown this once: store it now.',
  fields: (t) => ({
    apiKey: t.prismaField({
      type: 'ApiKey',
      resolve: (query, parent, _args, ctx) => ctx.prisma.apiKey.findUniqueOrThrow({ ...query, where: { id: parent.apiKey.id } }),
    }),
    secret: t.exposeString('secret', { description: 'The key for `Authorization: Bearer …`. It cannot be shown again.' }),
  }),
});

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: ApiKeyCreated,
    description: 'Creates a partner API key. Agency admins only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    errors: { types: [ValidationError, NotFoundError, NotAllowedError], directResult: true },
    resolve: async (_root, { input }, ctx) => {
      if (ctx.viewer?.kind !== 'user' || ctx.viewer.role !== 'ADMIN') throw new NotAllowedError('Only an agency admin can create API keys.');
      const { name, scopes, clientCompanyId } = parseInput(createSchema, input);
      const { agencyId, userId } = ctx.viewer;
      let companyId: string | null = null;
      if (clientCompanyId) {
        companyId = decodeGlobalIdOf('ClientCompany', clientCompanyId, 'client company');
        const company = await ctx.prisma.clientCompany.findFirst({ where: { id: companyId, agencyId }, select: { id: true } });
        if (!company) throw new NotFoundError('No client company with this ID.');
      }
      const { key, prefix, keyHash } = newApiKey();
      const apiKey = await ctx.prisma.apiKey.create({
        data: { agencyId, clientCompanyId: companyId, name, prefix, keyHash, scopes: [...new Set(scopes)], createdById: userId },
        select: { id: true },
      });
      return { apiKey, secret: key };
    },
  }),
);

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

builder.mutationField('revokeApiKey', (t) =>
  t.prismaField({
    type: 'ApiKey',
    description: 'Revokes a partner key at once: its next request gets a 401. Agency admins only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true }) },
    errors: { types: [ValidationError, NotFoundError, NotAllowedError], dataField: { name: 'apiKey' } },
    resolve: async (query, _root, { input }, ctx) => {
      if (ctx.viewer?.kind !== 'user' || ctx.viewer.role !== 'ADMIN') throw new NotAllowedError('Only an agency admin can revoke API keys.');
      const id = decodeGlobalIdOf('ApiKey', String(input.id), 'API key');
      // Revoking twice keeps the first revocation time.
      await ctx.prisma.apiKey.updateMany({
        where: { id, agencyId: ctx.viewer.agencyId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      const apiKey = await ctx.prisma.apiKey.findFirst({ ...nonEmptyQuery(query), where: { id, agencyId: ctx.viewer.agencyId } });
      if (!apiKey) throw new NotFoundError('No API key with this ID.');
      return apiKey;
    },
  }),
);

builder.queryField('apiKeys', (t) =>
  t.prismaConnection({
    type: 'ApiKey',
    cursor: 'id',
    description: "The agency's partner keys, newest first. Agency admins only.",
    authScopes: { admin: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.apiKey.findMany({
        ...query,
        where: { agencyId: ctx.viewer?.agencyId ?? '00000000-0000-0000-0000-000000000000' },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }, { name: 'ApiKeyConnection' }, { name: 'ApiKeyEdge' }),
);

// A partner key refused for a missing scope learns which one (see modules/auth/scope-error.ts).
builder.objectField(NotAllowedError, 'requiredScope', (t) =>
  t.field({
    type: ApiKeyScopeEnum,
    nullable: true,
    description: 'For an API key refused for a missing scope: the scope that would allow it. null otherwise.',
    resolve: (error) => (error.requiredScope as ApiKeyScope | null) ?? null,
  }),
);

// ───────────────────────────── viewer ─────────────────────────────

const ViewerKindEnum = builder.enumType('ViewerKind', {
  description: 'How the caller is signed in.',
  values: {
    USER: { description: 'A person, with a session cookie: see `user` (the same as `me`).' },
    API_KEY: { description: 'A partner system, with `Authorization: Bearer <API key>`: see `apiKey`.' },
  } as const,
});

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'Who is calling: a signed-in person or a partner API key, with its agency.',
  fields: (t) => ({
    kind: t.field({ type: ViewerKindEnum, resolve: (viewer) => (viewer.kind === 'user' ? 'USER' : 'API_KEY') }),
    user: t.prismaField({
      type: 'User',
      nullable: true,
      description: 'The signed-in person; null for an API key.',
      resolve: (query, viewer, _args, ctx) => (viewer.kind === 'user' ? ctx.prisma.user.findUnique({ ...query, where: { id: viewer.userId } }) : null),
    }),
    apiKey: t.prismaField({
      type: 'ApiKey',
      nullable: true,
      description: 'The key making this request: its name, prefix, scopes and client company limit; null for a person.',
      resolve: (query, viewer, _args, ctx) =>
        viewer.kind === 'partner' ? ctx.prisma.apiKey.findUnique({ ...query, where: { id: viewer.apiKeyId } }) : null,
    }),
    scopes: t.field({
      type: [ApiKeyScopeEnum],
      description: "An API key's scopes (empty for a person): what it may read and do.",
      resolve: (viewer) => (viewer.kind === 'partner' ? viewer.scopes : []),
    }),
    agency: t.prismaField({
      type: 'Agency',
      description: 'The agency the caller belongs to: every answer is about this agency only.',
      resolve: (query, viewer, _args, ctx) => ctx.prisma.agency.findUniqueOrThrow({ ...query, where: { id: viewer.agencyId } }),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    description: 'Who is calling: a partner key reads its own name, scopes and client limit here. null when signed out.',
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
);
