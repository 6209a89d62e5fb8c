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
    description: "The agency's client companies, by name (for the job form and the jobs filter). Staff only.",
    authScopes: { staff: true },
    resolve: (query, _root, _args, ctx) => {
      const agencyId = ctx.viewer?.kind === 'user' ? ctx.viewer.agencyId : null;
      if (!agencyId) return [];
      return ctx.prisma.clientCompany.findMany({ ...query, where: { agencyId }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
    },
  }),
);
