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
  description:
    "What a partner key may read or do, always within its agency (and its client company, when the key is limited to one). A key refused for a missing scope gets a NotAllowedError whose requiredScope names it.",
  values: {
    JOBS_READ: { description: "Read the agency's jobs in every status, their client companies and external IDs (jobs, clientCompanies, node)." },
    CANDIDATES_READ: {
      description: "Read the agency's candidates and their profiles (candidates, Proposal.candidate, node), never their phone numbers; a key limited to a client, only those proposed for its jobs who share their profile with that client, and then their preferences too (which no other key reads).",
    },
    PROPOSALS_READ: {
      description:
        "Read the agency's proposals with their interviews, slots and history (proposals, Job.proposals, node). A match quotes the candidate's profile (skills, years, where they live) only to a key that may read the candidate, and their preferences (the salary asked, notice, remote preference) only to one that may read Candidate.preferences; others read its scores and codes with sentences naming neither.",
    },
    JOBS_WRITE: {
      description:
        "Create and edit the agency's job orders, closing and reopening them by their status (createJob, updateJob, upsertJob by externalId); a key limited to a client, only that client's jobs. The answer shows the job the key wrote even without JOBS_READ.",
    },
    CANDIDATES_WRITE: {
      description:
        "Create and edit the agency's candidate profiles (createCandidate, updateCandidateProfile, upsertCandidate by externalId); a key limited to a client, only those proposed for its jobs who share their profile with that client, or that it registered. The answer shows the profile the key wrote even without CANDIDATES_READ.",
    },
    PROPOSALS_WRITE: {
      description:
        'Propose candidates, record offers, hires and rejections, and cancel, complete, ask to move or record no-shows of interviews, as the client; the answer shows what the key changed even without PROPOSALS_READ.',
    },
    INSIGHT_READ: {
      description:
        "Read the agency's insight: the funnel, time-to-first-proposal and time-to-fill, decline reasons, notice and no-shows, score versus outcome (insight); a key limited to a client, that client's jobs only. Counts only, never a person's data.",
    },
  },
});

const isAdminOf = (agencyId: string, viewer: { kind: string; agencyId?: string; role?: string } | null) =>
  viewer?.kind === 'user' && viewer.role === 'ADMIN' && viewer.agencyId === agencyId;

export const ApiKeyRef = builder.prismaNode('ApiKey', {
  id: { field: 'id' },
  description:
    "A partner system's key (`Authorization: Bearer …`). Its secret is shown once, at creation; only a hash is stored. Visible to the agency's admins, and to the key itself through `viewer`.",
  // The agency's admins, and the key itself (through `viewer`).
  authScopes: (key, ctx) => isAdminOf(key.agencyId, ctx.viewer) || (ctx.viewer?.kind === 'partner' && ctx.viewer.apiKeyId === key.id),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Who the key is for, as the admin named it, e.g. "Acme careers site"; the history shows it to staff.' }),
    prefix: t.exposeString('prefix', { description: 'The first characters of the key after `sl_live_`, to tell keys apart.' }),
    scopes: t.expose('scopes', { type: [ApiKeyScopeEnum], description: 'What the key may read and do.' }),
    clientCompany: t.relation('clientCompany', {
      nullable: true,
      description:
        "When set, the key sees only this client company's jobs, their proposals and interviews, and the candidates proposed for them; null for the whole agency.",
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the key was created.' }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When the key last changed: its revocation, or else its creation (a key is never edited; being used is lastUsedAt).',
      select: { createdAt: true, revokedAt: true },
      resolve: (key) => key.revokedAt ?? key.createdAt,
    }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'When the key was last used, to the minute; null if never.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When the key was revoked (it is refused from then on); null while it works.' }),
    createdBy: t.relation('createdBy', { description: 'The admin who created the key (a proposal a key makes is on their behalf by default).' }),
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
  description: 'A new partner key: its name, what it may do, and an optional client company limit.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Who the key is for, e.g. "Acme careers site" (2-100 characters, one line).' }),
    scopes: t.field({ type: [ApiKeyScopeEnum], required: true, description: 'What the key may read and do; at least one.' }),
    clientCompanyId: t.id({
      required: false,
      description: "Limit the key to this client company's jobs, their proposals and interviews, and the candidates proposed for them (a ClientCompany ID). Left out: the whole agency.",
    }),
  }),
});

const createSchema = z.object({
  name: oneLine(z.string().trim().min(2, 'Name the key (at least 2 characters).').max(100, 'At most 100 characters.'), 'The name'),
  scopes: z.array(z.enum(ApiKeyScope)).min(1, 'Choose at least one scope.'),
  clientCompanyId: z.string().nullish(),
});

const ApiKeyCreated = builder.objectRef<{ apiKey: { id: string }; secret: string }>('CreateApiKeySuccess').implement({
  description: 'Returned when createApiKey worked: the new key, and its secret, shown this once: store it now.',
  fields: (t) => ({
    apiKey: t.prismaField({
      type: 'ApiKey',
      description: 'The new key.',
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
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: 'The name, scopes and client limit.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError],
      directResult: true,
      union: { description: 'What createApiKey answers: CreateApiKeySuccess with the key and its secret, or the expected error that stopped it (switch on __typename).' },
    },
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
  description: 'The key to revoke.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The key (an ApiKey ID).' }) }),
});

builder.mutationField('revokeApiKey', (t) =>
  t.prismaField({
    type: 'ApiKey',
    description: 'Revokes a partner key at once: its next request gets a 401. Agency admins only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true, description: 'The key.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError],
      union: { description: 'What revokeApiKey answers: RevokeApiKeySuccess with the revoked key, or the expected error that stopped it (switch on __typename).' },
      result: { description: 'Returned when revokeApiKey worked: the key, with revokedAt set (revoking again keeps the first time).' },
      dataField: { name: 'apiKey', description: 'The revoked key.' },
    },
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
    totalCount: (_root, _args, ctx) => ctx.prisma.apiKey.count({ where: { agencyId: ctx.viewer?.agencyId ?? '00000000-0000-0000-0000-000000000000' } }),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.apiKey.findMany({
        ...query,
        where: { agencyId: ctx.viewer?.agencyId ?? '00000000-0000-0000-0000-000000000000' },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }, { name: 'ApiKeyConnection', description: 'A page of partner keys.' }, { name: 'ApiKeyEdge', description: 'A partner key in a page, with its cursor.' }),
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
    kind: t.field({
      type: ViewerKindEnum,
      description: 'A person or a partner key.',
      resolve: (viewer) => (viewer.kind === 'user' ? 'USER' : 'API_KEY'),
    }),
    user: t.prismaField({
      type: 'User',
      nullable: true,
      description: 'The signed-in person; null for an API key.',
      resolve: (query, viewer, _args, ctx) => {
        // Spread even for a key: a query left untouched is an error outside production.
        const userQuery = { ...query };
        return viewer.kind === 'user' ? ctx.prisma.user.findUnique({ ...userQuery, where: { id: viewer.userId } }) : null;
      },
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
