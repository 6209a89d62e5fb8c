import { builder } from '../../builder.ts';
import type { Context, Viewer } from '../../context.ts';
import { canReadJobDetails } from './can-see-job.ts';
import { hasOpenJob } from './has-open-job.ts';

type CompanyAccess = { id: string; agencyId: string };

/**
 * The agency's own (staff, its partner keys, candidates), or anyone when it has an open job on the public board.
 * The open job is looked up only for viewers outside the agency, so a recruiter's pages never pay for it.
 */
const canSeeClientCompany = (viewer: Viewer | null, company: CompanyAccess, ctx: Pick<Context, 'prisma'>): boolean | Promise<boolean> =>
  (viewer?.kind === 'user' && viewer.agencyId === company.agencyId) ||
  // A key limited to this client reads its limit (viewer.apiKey.clientCompany), whatever its scopes.
  (viewer?.kind === 'partner' && viewer.clientCompanyId === company.id) ||
  canReadJobDetails(viewer, { agencyId: company.agencyId, clientCompanyId: company.id }) ||
  hasOpenJob(ctx, company.id);

const companyDetailsScope = (company: { id: string; agencyId: string }, _args: unknown, ctx: { viewer: Viewer | null }) =>
  canReadJobDetails(ctx.viewer, { agencyId: company.agencyId, clientCompanyId: company.id });

export const ClientCompanyRef = builder.prismaNode('ClientCompany', {
  id: { field: 'id' },
  description: 'A client company of the agency: the employer a job is for. Its details are for the agency only.',
  select: { id: true, agencyId: true },
  authScopes: (company, ctx) => canSeeClientCompany(ctx.viewer, company, ctx),
  fields: (t) => ({
    name: t.exposeString('name'),
    industry: t.exposeString('industry', { nullable: true }),
    country: t.exposeString('country'),
    website: t.exposeString('website', { nullable: true, authScopes: companyDetailsScope }),
    city: t.exposeString('city', { nullable: true, authScopes: companyDetailsScope }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true, authScopes: companyDetailsScope }),
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
