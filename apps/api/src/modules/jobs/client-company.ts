import { builder } from '../../builder.ts';
import type { Context, Viewer } from '../../context.ts';
import { canReadJobDetails } from './can-see-job.ts';
import { hasOpenJob } from './has-open-job.ts';

type CompanyAccess = { id: string; agencyId: string };

/**
 * The agency's own (staff, its partner keys with JOBS_READ or PROPOSALS_READ, candidates), or anyone when it has an
 * open job on the public board: whoever sees one of its jobs.
 * The open job is looked up only for viewers outside the agency, so a recruiter's pages never pay for it.
 */
const canSeeClientCompany = (viewer: Viewer | null, company: CompanyAccess, ctx: Pick<Context, 'prisma'>): boolean | Promise<boolean> =>
  (viewer?.kind === 'user' && viewer.agencyId === company.agencyId) ||
  // A key limited to this client reads its limit (viewer.apiKey.clientCompany), whatever its scopes.
  (viewer?.kind === 'partner' && viewer.clientCompanyId === company.id) ||
  canReadJobDetails(viewer, { agencyId: company.agencyId, clientCompanyId: company.id }) ||
  // A key reading proposals sees their jobs (canSeeJob), so it sees whom each job is for.
  (viewer?.kind === 'partner' &&
    viewer.scopes.includes('PROPOSALS_READ') &&
    viewer.agencyId === company.agencyId &&
    (viewer.clientCompanyId === null || viewer.clientCompanyId === company.id)) ||
  hasOpenJob(ctx, company.id);

const companyDetailsScope = (company: { id: string; agencyId: string }, _args: unknown, ctx: { viewer: Viewer | null }) =>
  canReadJobDetails(ctx.viewer, { agencyId: company.agencyId, clientCompanyId: company.id });

export const ClientCompanyRef = builder.prismaNode('ClientCompany', {
  id: { field: 'id' },
  description: 'A client company of the agency: the employer a job is for. Its details are for the agency only.',
  select: { id: true, agencyId: true },
  // clientOfJob: granted by Job.clientCompany, so whoever sees a job sees whom it is for, including a key with
  // JOBS_WRITE but not JOBS_READ reading the job its own write answered with.
  // Synchronous unless the open job must be looked up: a promise here makes every field of the company asynchronous.
  authScopes: (company, ctx) => {
    const orGranted = (isVisible: boolean) => isVisible || { $granted: 'clientOfJob' };
    const isVisible = canSeeClientCompany(ctx.viewer, company, ctx);
    return typeof isVisible === 'boolean' ? orGranted(isVisible) : isVisible.then(orGranted);
  },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The company\'s name, unique in the agency (e.g. "Acme Robotics").' }),
    industry: t.exposeString('industry', { nullable: true, description: 'The industry it is in, as the agency wrote it; null when not recorded.' }),
    country: t.exposeString('country', { description: 'ISO-3166 alpha-2 code of its country, e.g. DE.' }),
    website: t.exposeString('website', {
      nullable: true,
      description: "Its website: for the agency's staff and keys with JOBS_READ; null when not recorded.",
      authScopes: companyDetailsScope,
    }),
    city: t.exposeString('city', {
      nullable: true,
      description: "The city of its office: for the agency's staff and keys with JOBS_READ; null when not recorded.",
      authScopes: companyDetailsScope,
    }),
    // As visible as the company: a record's dates say nothing about the client, and a mirror needs them to sync.
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the agency added the company.' }),
    updatedAt: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When the company last changed; companies are not edited through the API, so this is when it was added.',
    }),
  }),
});

// ───────────────────────────── queries ─────────────────────────────

builder.queryField('clientCompanies', (t) =>
  t.prismaField({
    type: [ClientCompanyRef],
    description:
      "The agency's client companies, by name (for the job form and the jobs filter): for its staff, and partner keys with JOBS_READ (a key limited to one client sees only that one).",
    authScopes: { $any: { staff: true, partner: 'JOBS_READ' } },
    resolve: (query, _root, _args, ctx) => {
      const viewer = ctx.viewer;
      const where =
        viewer?.kind === 'user' && viewer.role !== 'CANDIDATE'
          ? { agencyId: viewer.agencyId }
          : viewer?.kind === 'partner' && viewer.scopes.includes('JOBS_READ')
            ? { agencyId: viewer.agencyId, ...(viewer.clientCompanyId ? { id: viewer.clientCompanyId } : {}) }
            : null;
      if (!where) return [];
      return ctx.prisma.clientCompany.findMany({ ...query, where, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
    },
  }),
);
