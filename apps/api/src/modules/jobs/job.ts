import { builder } from '../../builder.ts';
import { EmploymentTypeEnum, JobStatusEnum, RemotePolicyEnum, SeniorityEnum } from '../common/enums.ts';

/** A salary band as posted: yearly, in one currency; either end may be open. */
const SalaryBand = builder.objectRef<{ min: number | null; max: number | null; currency: string }>('SalaryBand').implement({
  description: 'A yearly salary band in one currency; either end may be open.',
  fields: (t) => ({
    min: t.exposeInt('min', { nullable: true }),
    max: t.exposeInt('max', { nullable: true }),
    currency: t.exposeString('currency', { description: 'ISO-4217 code, e.g. EUR.' }),
  }),
});

export const ClientCompanyRef = builder.prismaObject('ClientCompany', {
  description: "A client company of the agency: the employer a job is for.",
  fields: (t) => ({
    name: t.exposeString('name'),
    industry: t.exposeString('industry', { nullable: true }),
    country: t.exposeString('country'),
  }),
});

export const JobRef = builder.prismaNode('Job', {
  id: { field: 'id' },
  description: 'A job order: a role at a client company, owned by an agency.',
  // Open jobs are public (the job board); anything else is only for its own agency.
  authScopes: (job, ctx) => job.status === 'OPEN' || ctx.viewer?.agencyId === job.agencyId,
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    status: t.expose('status', { type: JobStatusEnum }),
    seniority: t.expose('seniority', { type: SeniorityEnum }),
    employmentType: t.expose('employmentType', { type: EmploymentTypeEnum }),
    remotePolicy: t.expose('remotePolicy', { type: RemotePolicyEnum }),
    city: t.exposeString('city', { nullable: true }),
    country: t.exposeString('country'),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone of the team, e.g. Europe/Berlin.' }),
    openings: t.exposeInt('openings'),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    salary: t.field({
      type: SalaryBand,
      select: { salaryMin: true, salaryMax: true, currency: true },
      resolve: (job) => ({ min: job.salaryMin, max: job.salaryMax, currency: job.currency }),
    }),
    company: t.relation('clientCompany'),
  }),
});
