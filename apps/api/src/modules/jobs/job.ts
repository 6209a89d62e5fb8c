import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { makeJobSlug } from '@shortlist/domain/jobs';
import { externalIdsFilterSchema, externalIdSchema, externalIdTaken, isExternalIdConflict, MAX_EXTERNAL_IDS } from '../common/external-id.ts';
import { ProposalStatus, SkillRequirement, type JobStatus, type Prisma } from '@shortlist/db/prisma';
import type { Context, Viewer } from '../../context.ts';
import { OrderDirectionEnum, orderByField } from '../common/order-direction.ts';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { oneLine } from '../common/one-line.ts';
import { searchWords } from '../common/search-words.ts';
import { EmploymentTypeEnum, JobStatusEnum, RemotePolicyEnum, SeniorityEnum } from '../common/enums.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError, parseInput, ValidationError } from '../errors/errors.ts';
import { getMatchService } from '../matches/match-service.ts';
import { effectiveStatusWhere } from '../proposals/effective-status-where.ts';
import { canListProposalsOfJob } from '../proposals/proposal-access.ts';
import { ProposalConnection } from '../proposals/proposal.ts';
import { skillReferenceSchema } from '../skills/resolve-skill-reference.ts';
import { canManageJobs, canReadJobDetails, canSeeJob, listableJobsWhere } from './can-see-job.ts';
import { idFromGlobalId } from '../common/global-id.ts';
import { loadPipelineCounts } from './load-pipeline-counts.ts';
import {
  citySchema,
  countrySchema,
  currencySchema,
  levelSchema,
  optionalText,
  refineUniqueSkills,
  salarySchema,
  timeZoneSchema,
} from '../common/profile-field-schemas.ts';
import { appendChange } from '../change-log/append-change.ts';
import { changeActorOf } from '../change-log/change-actor-of.ts';
import { CLOSABLE_JOB_STATUSES } from '@shortlist/domain/interviews';
import { validateJobStartDate } from '@shortlist/domain/forms';
import { closeOpenProposalsOfJob } from './close-job-cascade.ts';

/** A salary band as posted: yearly, in one currency; either end may be open. */
const SalaryBand = builder.objectRef<{ min: number | null; max: number | null; currency: string }>('SalaryBand').implement({
  description: 'A yearly salary band in one currency; either end may be open.',
  fields: (t) => ({
    min: t.exposeInt('min', { nullable: true, description: 'The bottom of the band, yearly, in `currency`; null for an open bottom.' }),
    max: t.exposeInt('max', { nullable: true, description: 'The top of the band, yearly, in `currency`; null for an open top.' }),
    currency: t.exposeString('currency', { description: 'ISO-4217 code, e.g. EUR.' }),
  }),
});

export const SkillRequirementEnum = builder.enumType(SkillRequirement, {
  name: 'SkillRequirement',
  description: 'A must-have (with a minimum level) or a nice-to-have (with a weight).',
  values: {
    MUST_HAVE: { description: 'The candidate needs it at minLevel or above; missing it blocks the match.' },
    NICE_TO_HAVE: { description: 'Counts towards the score by its weight; missing it never blocks.' },
  },
});

// Shared with the proposals module, which should import it from here rather than declare a second one.
export const ProposalStatusEnum = builder.enumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: "Where a proposal is in its lifecycle (PRODUCT.md): PROPOSED, then ACCEPTED, INTERVIEWING, OFFERED and HIRED, or closed on the way.",
  values: {
    PROPOSED: { description: 'Sent to the candidate, waiting for their answer until respondBy.' },
    ACCEPTED: { description: 'The candidate accepted; no interview scheduled yet.' },
    DECLINED: { description: 'The candidate declined (with a reason), or declined the offer.' },
    WITHDRAWN: { description: 'Withdrawn by the recruiter, or by the candidate after accepting (with a reason).' },
    EXPIRED: { description: 'The respond-by time passed without an answer.' },
    INTERVIEWING: { description: 'At least one interview has been scheduled.' },
    OFFERED: { description: 'The client made the candidate an offer.' },
    HIRED: { description: 'The candidate was hired for the job.' },
    REJECTED: { description: 'The client decided not to go ahead with the candidate.' },
  },
});

builder.prismaObject('JobSkill', {
  description: 'A skill the job asks for.',
  fields: (t) => ({
    skill: t.relation('skill', { description: 'The skill, from the taxonomy.' }),
    requirement: t.expose('requirement', { type: SkillRequirementEnum, description: 'Must-have or nice-to-have.' }),
    minLevel: t.exposeInt('minLevel', { nullable: true, description: 'Must-haves: the minimum level, 1-5; null for a nice-to-have.' }),
    weight: t.exposeInt('weight', { nullable: true, description: 'Nice-to-haves: how much it counts, 1-5; null for a must-have.' }),
  }),
});

const PipelineCount = builder.objectRef<{ status: ProposalStatus; count: number }>('PipelineCount').implement({
  description: 'How many proposals for the job are in one status (PROPOSED past its respond-by counts as EXPIRED).',
  fields: (t) => ({
    status: t.expose('status', { type: ProposalStatusEnum, description: 'The effective status.' }),
    count: t.exposeInt('count', { description: 'How many proposals for the job are in it (at least 1).' }),
  }),
});

type JobAccessRow = { agencyId: string; clientCompanyId: string };
const detailsScope = (job: JobAccessRow, _args: unknown, ctx: { viewer: Parameters<typeof canReadJobDetails>[0] }) =>
  canReadJobDetails(ctx.viewer, job);
/** The external ID: the details' readers, and a key reading the answer of its own write (it sent the reference). */
const externalIdScope = (job: JobAccessRow, args: unknown, ctx: { viewer: Parameters<typeof canReadJobDetails>[0] }) =>
  detailsScope(job, args, ctx) || { $granted: 'jobOfCaller' };

export const JobRef = builder.prismaNode('Job', {
  id: { field: 'id' },
  description: 'A job order: a role at a client company, owned by an agency.',
  // Open jobs are public (the job board); anything else only for its own agency (see canSeeJob).
  // jobOfCaller: granted by the answers of createJob, updateJob and upsertJob, so a key with JOBS_WRITE but not
  // JOBS_READ reads the job it just wrote (and nothing else).
  authScopes: (job, ctx) => canSeeJob(ctx.viewer, job) || { $granted: 'jobOfCaller' },
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The role, e.g. "Senior Backend Engineer (Go)".' }),
    description: t.exposeString('description', { description: 'The job ad as the agency wrote it (plain text, may be empty).' }),
    status: t.expose('status', { type: JobStatusEnum, description: 'Draft, open, on hold, filled or closed.' }),
    externalId: t.exposeString('externalId', {
      nullable: true,
      description:
        "The agency's or a partner system's own reference for the job (unique in the agency): for staff, keys with JOBS_READ, and in the answer of a key's own write.",
      authScopes: externalIdScope,
    }),
    seniority: t.expose('seniority', { type: SeniorityEnum, description: 'The level the role is at.' }),
    minYearsExperience: t.exposeInt('minYearsExperience', { description: 'Years of experience asked for, 0 or more.' }),
    employmentType: t.expose('employmentType', { type: EmploymentTypeEnum, description: 'Full-time, part-time, contract, temporary or internship.' }),
    remotePolicy: t.expose('remotePolicy', { type: RemotePolicyEnum, description: 'Onsite, hybrid or remote.' }),
    city: t.exposeString('city', { nullable: true, description: 'Where the office is; null for a job with no office city (e.g. fully remote).' }),
    country: t.exposeString('country', { description: 'ISO-3166 alpha-2 code of the country the job is in, e.g. DE.' }),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone of the team, e.g. Europe/Berlin.' }),
    minTimeZoneOverlapHours: t.exposeInt('minTimeZoneOverlapHours', {
      nullable: true,
      description: "Hours of the working day (0-8) a remote candidate's zone must share with timeZone; null when it does not matter.",
    }),
    openings: t.exposeInt('openings', { description: 'How many people the client still wants to hire for it: set as 1-1,000, each hire takes one, and the job becomes FILLED when none remain.' }),
    startDate: t.expose('startDate', { type: 'DateTime', nullable: true, description: 'When the role starts; null when not set (as soon as possible).' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'When the job was last opened (moved to OPEN); null while it never was.' }),
    salary: t.field({
      type: SalaryBand,
      description: 'The salary band the client offers.',
      select: { salaryMin: true, salaryMax: true, currency: true },
      resolve: (job) => ({ min: job.salaryMin, max: job.salaryMax, currency: job.currency }),
    }),
    company: t.relation('clientCompany', {
      description: 'The client company the job is for.',
      deprecationReason: 'Use clientCompany.name. Removal on or after 2027-06-30.',
    }),
    skills: t.relation('skills', {
      description: 'Must-haves first, then nice-to-haves.',
      query: { orderBy: [{ requirement: 'asc' }, { skillId: 'asc' }] },
    }),
    // Whoever sees the job sees its client's name (ClientCompany's own scopes); the details are scoped there.
    clientCompany: t.relation('clientCompany', {
      grantScopes: ['clientOfJob'],
      description:
        "The client company the job is for: its id (for the jobs filter and createJob) and name for whoever sees the job; its website and city only for the agency's staff and keys with JOBS_READ.",
    }),
    // Non-null and as visible as the job itself (an open job's dates are no secret), so one `nodes` selection of
    // `updatedAt` across Job, Candidate, Proposal and Interview has one type.
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the job was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the job last changed.' }),
    version: t.exposeInt('version', {
      description: 'Goes up by one with every update; send it back with updateJob so a concurrent change is not overwritten.',
    }),
    pipelineCounts: t.field({
      type: [PipelineCount],
      nullable: true,
      authScopes: detailsScope,
      description: 'Proposals for this job per status; statuses without proposals are left out.',
      select: { id: true },
      resolve: (job, _args, ctx) => loadPipelineCounts(ctx, job.id),
    }),
    proposals: t.relatedConnection(
      'proposals',
      {
        cursor: 'id',
        nullable: true,
        description:
          "The job's proposals, newest first: for its agency's staff, and partner keys with proposals:read (their client's jobs only, when limited). `status` filters by the effective status (a PROPOSED proposal past its respond-by is EXPIRED).",
        authScopes: (job, _args, ctx) => canListProposalsOfJob(ctx.viewer, job),
        args: { status: t.arg({ type: [ProposalStatusEnum], required: false, description: 'Any of these effective statuses.' }) },
        totalCount: true,
        query: ({ status }) => ({
          where: effectiveStatusWhere(status, new Date()),
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
      },
      // The one connection of proposals, as myProposals and proposals answer.
      ProposalConnection,
    ),
  }),
});

// ───────────────────────────── queries ─────────────────────────────

/** Reads the count the connection resolvers hand over: a function for prismaConnection, a value for relatedConnection. */
const totalCountOf = (connection: object): unknown => {
  const totalCount = (connection as { totalCount?: unknown }).totalCount;
  return typeof totalCount === 'function' ? (totalCount as () => unknown)() : totalCount;
};

/** The one connection of jobs: the agency's jobs and the public job board both page through it. */
export const JobConnection = builder.connectionObject(
  {
    type: JobRef,
    name: 'JobConnection',
    description: 'A page of jobs.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many jobs the list holds with its filters, across all pages.',
        // The prisma plugin's marker: a selection of totalCount alone counts without loading a page.
        extensions: { pothosPrismaTotalCount: true },
        resolve: (connection) => totalCountOf(connection) as number,
      }),
    }),
  },
  { name: 'JobEdge', description: 'A job in a page, with its cursor.' },
);

const JobsFilter = builder.inputType('JobsFilter', {
  description: "Narrows the agency's job list. Every field is optional; they combine with AND.",
  fields: (t) => ({
    statuses: t.field({ type: [JobStatusEnum], required: false, description: 'Jobs in any of these statuses.' }),
    status: t.field({
      type: [JobStatusEnum],
      required: false,
      description: 'Jobs in any of these statuses; ignored when statuses is given.',
      deprecationReason: 'Use statuses, named like the other lists. Removal on or after 2027-06-30.',
    }),
    clientCompanyIds: t.idList({ required: false, description: 'Jobs for any of these clients: ids of ClientCompany of the agency (at most 100).' }),
    clientCompanyId: t.id({
      required: false,
      description: 'Jobs for this client: the id of a ClientCompany of the agency; ignored when clientCompanyIds is given.',
      deprecationReason: 'Use clientCompanyIds, which takes a list as the other filters do. Removal on or after 2027-06-30.',
    }),
    search: t.string({ required: false, description: 'Words in the title, client name or city (case-insensitive); every word must match. At most 200 characters.' }),
    externalIds: t.stringList({ required: false, description: `Jobs with any of these external IDs (at most ${MAX_EXTERNAL_IDS}).` }),
    updatedSince: t.field({
      type: 'DateTime',
      required: false,
      description: 'Only jobs changed at or after this time (updatedAt >= it): what a sync fetches since its last run.',
    }),
  }),
  validate: z.looseObject({
    search: z.string().max(200, 'Search is at most 200 characters.').nullish(),
    externalIds: externalIdsFilterSchema,
    clientCompanyIds: z.array(z.string()).max(100, 'Filter by at most 100 clients.').nullish(),
  }),
});

const JobOrderFieldEnum = builder.enumType('JobOrderField', {
  description: 'What a list of jobs can be sorted by.',
  values: {
    CREATED_AT: { description: 'When the job was created (createdAt).' },
    UPDATED_AT: { description: 'When the job last changed (updatedAt): with ASC, what a sync reads after updatedSince.' },
  } as const,
});

const JobOrder = builder.inputType('JobOrder', {
  description: 'How a list of jobs is sorted; ties are broken by ID in the same direction, so paging is stable.',
  fields: (t) => ({
    field: t.field({ type: JobOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionEnum, required: true, description: 'Which way.' }),
  }),
});

type JobsFilterShape = {
  statuses?: readonly JobStatus[] | null;
  status?: readonly JobStatus[] | null;
  clientCompanyIds?: ReadonlyArray<string | number> | null;
  clientCompanyId?: string | number | null;
  search?: string | null;
  externalIds?: readonly string[] | null;
  updatedSince?: Date | null;
};

/** The agency's jobs the viewer may list, narrowed by the filter; null when they may list none. */
function jobsWhere(viewer: Viewer | null, filter: JobsFilterShape | null | undefined): Prisma.JobWhereInput | null {
  const scope = listableJobsWhere(viewer);
  if (!scope) return null;
  const conditions: Prisma.JobWhereInput[] = [scope];
  const statuses = filter?.statuses ?? filter?.status;
  if (statuses?.length) conditions.push({ status: { in: [...statuses] } });
  if (filter?.externalIds) conditions.push({ externalId: { in: filter.externalIds.map((id) => id.trim()) } });
  const clientCompanyIds = filter?.clientCompanyIds ?? (filter?.clientCompanyId ? [filter.clientCompanyId] : null);
  if (clientCompanyIds?.length) {
    // An id of another type or agency matches nothing, as an unknown one does.
    const ids = clientCompanyIds.flatMap((id) => idFromGlobalId(String(id), 'ClientCompany') ?? []);
    conditions.push({ clientCompanyId: { in: ids } });
  }
  if (filter?.updatedSince) conditions.push({ updatedAt: { gte: filter.updatedSince } });
  for (const word of searchWords(filter?.search)) {
    conditions.push({
      OR: [
        { title: { contains: word, mode: 'insensitive' } },
        { city: { contains: word, mode: 'insensitive' } },
        { clientCompany: { name: { contains: word, mode: 'insensitive' } } },
      ],
    });
  }
  return { AND: conditions };
}

builder.queryField('jobs', (t) =>
  t.prismaConnection(
    {
      type: 'Job',
      cursor: 'id',
      description:
        "The agency's jobs, newest first unless orderBy says otherwise: for its staff, and partner keys with JOBS_READ (only their client's jobs when the key is limited to one). A sync reads `filter: { updatedSince }` with `orderBy: { field: UPDATED_AT, direction: ASC }`.",
      authScopes: { staff: true, partner: 'JOBS_READ' },
      args: {
        filter: t.arg({ type: JobsFilter, required: false, description: 'Narrows the list; left out: every job the caller may see.' }),
        orderBy: t.arg({ type: JobOrder, required: false, description: 'The order; left out: newest created first.' }),
      },
      totalCount: (_root, { filter }, ctx) => {
        const where = jobsWhere(ctx.viewer, filter);
        return where ? ctx.prisma.job.count({ where }) : 0;
      },
      resolve: (query, _root, { filter, orderBy }, ctx) => {
        const where = jobsWhere(ctx.viewer, filter);
        if (!where) return [];
        const order = orderBy ? orderByField(orderBy.field === 'UPDATED_AT' ? 'updatedAt' : 'createdAt', orderBy.direction) : orderByField('createdAt', 'DESC');
        return ctx.prisma.job.findMany({ ...query, where, orderBy: order });
      },
    },
    JobConnection,
  ),
);

builder.queryField('job', (t) =>
  t.prismaField({
    type: 'Job',
    nullable: true,
    description: 'One job, or null when it does not exist or is not visible to you.',
    authScopes: { public: true },
    args: { id: t.arg.id({ required: true, description: 'The global ID of the job.' }) },
    resolve: async (query, _root, { id }, ctx) => {
      const jobId = idFromGlobalId(String(id), 'Job');
      if (!jobId) return null;
      const scope = listableJobsWhere(ctx.viewer);
      const visible: Prisma.JobWhereInput[] = [{ status: 'OPEN' }];
      if (scope) visible.push(scope);
      if (ctx.viewer?.kind === 'user' && ctx.viewer.role === 'CANDIDATE') visible.push({ agencyId: ctx.viewer.agencyId, status: { not: 'DRAFT' } });
      const job = await ctx.prisma.job.findFirst({ ...query, where: { id: jobId, OR: visible } });
      return job && canSeeJob(ctx.viewer, job) ? job : null;
    },
  }),
);

// ───────────────────────────── mutations ─────────────────────────────

const JobSkillInput = builder.inputType('JobSkillInput', {
  description: 'A skill the job asks for, by name, alias ("k8s") or id.',
  fields: (t) => ({
    skill: t.string({ required: true, description: 'The skill: its Skill id, name or an alias ("k8s").' }),
    requirement: t.field({ type: SkillRequirementEnum, required: true, description: 'Must-have or nice-to-have.' }),
    minLevel: t.int({ required: false, description: 'Must-haves: 1-5 (default 3).' }),
    weight: t.int({ required: false, description: 'Nice-to-haves: 1-5 (default 3).' }),
  }),
});

const jobFields = {
  title: t_string(200, 'Give the job a title.', 'Title'),
  description: z.string().max(20_000, 'The description is at most 20,000 characters.'),
  seniority: z.enum(['JUNIOR', 'MID', 'SENIOR', 'LEAD', 'PRINCIPAL']),
  minYearsExperience: z.number().int().min(0, 'Years of experience cannot be negative.').max(50, 'Years of experience is at most 50.'),
  salaryMin: salarySchema.nullable(),
  salaryMax: salarySchema.nullable(),
  currency: currencySchema,
  remotePolicy: z.enum(['ONSITE', 'HYBRID', 'REMOTE']),
  city: citySchema.transform((city) => (city === '' ? null : city)).nullable(),
  country: countrySchema,
  timeZone: timeZoneSchema,
  minTimeZoneOverlapHours: z.number().int().min(0, 'Overlap is from 0 to 8 hours.').max(8, 'Overlap is from 0 to 8 hours.').nullable(),
  employmentType: z.enum(['FULL_TIME', 'PART_TIME', 'CONTRACT', 'TEMPORARY', 'INTERNSHIP']),
  openings: z.number().int().min(1, 'A job has at least one opening.').max(1000, 'A job has at most 1,000 openings.'),
  startDate: z.date().nullable(),
  externalId: externalIdSchema,
  skills: z
    .array(
      z.object({
        skill: skillReferenceSchema,
        requirement: z.enum(['MUST_HAVE', 'NICE_TO_HAVE']),
        minLevel: levelSchema.nullish(),
        weight: levelSchema.nullish(),
      }),
    )
    .max(50, 'A job lists at most 50 skills.')
    .superRefine(refineUniqueSkills),
};

/** The descriptions of a mutation's result union and success type, which the errors plugin makes. */
const answerOf = (mutation: string, success: string) => ({
  union: { description: `What ${mutation} answers: ${success}, or the expected error that stopped it (switch on __typename).` },
  result: { description: `Returned when ${mutation} worked: ${success}.` },
});

function t_string(max: number, emptyMessage: string, label: string) {
  return oneLine(z.string().trim().min(1, emptyMessage).max(max, `${label} is at most ${max} characters.`), label);
}

function salaryBandIssues(min: number | null | undefined, max: number | null | undefined) {
  return min != null && max != null && min > max ? [{ field: 'salaryMax', message: `The top of the salary band (${max}) is below its bottom (${min}).` }] : [];
}

const createJobSchema = z
  .object({
    ...jobFields,
    description: jobFields.description.default(''),
    minYearsExperience: jobFields.minYearsExperience.default(0),
    salaryMin: jobFields.salaryMin.default(null),
    salaryMax: jobFields.salaryMax.default(null),
    city: jobFields.city.default(null),
    minTimeZoneOverlapHours: jobFields.minTimeZoneOverlapHours.default(null),
    employmentType: jobFields.employmentType.default('FULL_TIME'),
    openings: jobFields.openings.default(1),
    startDate: jobFields.startDate.default(null),
    externalId: jobFields.externalId.default(null),
    skills: jobFields.skills.default([]),
    status: z.enum(['DRAFT', 'OPEN']).default('DRAFT'),
  })
  .superRefine((job, ctx) => {
    for (const issue of salaryBandIssues(job.salaryMin, job.salaryMax)) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
    for (const issue of validateJobStartDate(job.startDate, job.status, new Date())) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  });

const updateJobSchema = z.object({
  ...Object.fromEntries(Object.entries(jobFields).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof jobFields]: z.ZodOptional<(typeof jobFields)[K]>;
  },
  status: z.enum(['DRAFT', 'OPEN', 'ON_HOLD', 'FILLED', 'CLOSED']).optional(),
  version: z.number().int().nonnegative().optional(),
});

type JobSkillRows = Array<{ skill: string; requirement: 'MUST_HAVE' | 'NICE_TO_HAVE'; minLevel?: number | null | undefined; weight?: number | null | undefined }>;
const toJobSkillRows = (jobId: string, skills: JobSkillRows): Prisma.JobSkillCreateManyInput[] =>
  skills.map((s) => ({
    jobId,
    skillId: s.skill,
    requirement: s.requirement,
    minLevel: s.requirement === 'MUST_HAVE' ? (s.minLevel ?? 3) : null,
    weight: s.requirement === 'NICE_TO_HAVE' ? (s.weight ?? 3) : null,
  }));

/** GraphQL gives absent optional fields as undefined and explicit nulls as null; zod sees both as they are. */
const withoutUndefined = <T extends object>(input: T) =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as T;

const jobInputFields = (t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<any>, 'InputObject'>, required: boolean) => ({
  title: t.string({ required, description: 'The role, one line of 1-200 characters.' }),
  description: t.string({ required: false, description: 'The job ad, plain text of at most 20,000 characters (default empty).' }),
  seniority: t.field({ type: SeniorityEnum, required, description: 'The level the role is at.' }),
  minYearsExperience: t.int({ required: false, description: 'Years of experience asked for, 0-50 (default 0).' }),
  salaryMin: t.int({ required: false, description: 'Yearly, in `currency`; null for an open bottom.' }),
  salaryMax: t.int({ required: false, description: 'Yearly, in `currency`; null for an open top.' }),
  currency: t.string({ required, description: 'ISO-4217, e.g. EUR.' }),
  remotePolicy: t.field({ type: RemotePolicyEnum, required, description: 'Onsite, hybrid or remote.' }),
  city: t.string({ required: false, description: 'Where the office is; empty or null for none.' }),
  country: t.string({ required, description: 'ISO-3166 alpha-2, e.g. DE.' }),
  timeZone: t.string({ required, description: 'IANA time zone, e.g. Europe/Berlin.' }),
  minTimeZoneOverlapHours: t.int({ required: false, description: "Hours (0-8) a remote candidate's zone must share with timeZone; null when it does not matter." }),
  employmentType: t.field({ type: EmploymentTypeEnum, required: false, description: 'Full-time (default), part-time, contract, temporary or internship.' }),
  openings: t.int({ required: false, description: 'How many people to hire, 1-1,000 (default 1).' }),
  startDate: t.field({ type: 'DateTime', required: false, description: 'When the role starts; null for as soon as possible. An OPEN job (or one being published) cannot start before today; a draft may keep an old date.' }),
  externalId: t.string({ required: false, description: 'Your own reference for the job (1-200 characters, unique in the agency); null clears it.' }),
  skills: t.field({ type: [JobSkillInput], required: false, description: 'Replaces the whole list when given.' }),
});

const CreateJobInput = builder.inputType('CreateJobInput', {
  description: 'A new job. Salaries are yearly; skills are matched to the taxonomy.',
  fields: (t) => ({
    clientCompanyId: t.id({ required: true, description: 'The id of a ClientCompany of your agency.' }),
    ...jobInputFields(t as never, true),
    status: t.field({ type: JobStatusEnum, required: false, description: 'DRAFT (default) or OPEN to publish at once.' }),
  }),
});

const UpdateJobInput = builder.inputType('UpdateJobInput', {
  description: 'The fields to change; the others stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The global ID of the job to change.' }),
    version: t.int({ required: false, description: 'The version you last read; the update fails if the job changed since.' }),
    clientCompanyId: t.id({ required: false, description: 'Move the job to another client company of your agency.' }),
    ...jobInputFields(t as never, false),
    status: t.field({ type: JobStatusEnum, required: false, description: 'Moving to OPEN publishes the job; moving to FILLED or CLOSED tells every candidate still in the pipeline (see closeJob).' }),
  }),
});

/** A readable refusal before the write (the unique index still decides a race, see isExternalIdConflict). */
async function refuseTakenJobExternalId(prisma: Prisma.TransactionClient, agencyId: string, externalId: string | null | undefined, jobId: string | null) {
  if (!externalId) return;
  const holder = await prisma.job.findFirst({ where: { agencyId, externalId, ...(jobId ? { id: { not: jobId } } : {}) }, select: { id: true } });
  if (holder) throw externalIdTaken('job');
}

async function findAgencyClientCompany(ctx: { prisma: Prisma.TransactionClient }, agencyId: string, globalId: string | number) {
  const id = idFromGlobalId(String(globalId), 'ClientCompany');
  const company = id ? await ctx.prisma.clientCompany.findFirst({ where: { id, agencyId }, select: { id: true } }) : null;
  if (!company) throw new NotFoundError('That client company does not exist in your agency.');
  return company;
}

/** A key limited to one client writes that client's jobs only: another client's is refused, not silently written. */
function refuseOtherClient(viewer: Viewer, clientCompanyId: string) {
  if (viewer.kind === 'partner' && viewer.clientCompanyId !== null && viewer.clientCompanyId !== clientCompanyId) {
    throw new NotAllowedError("This API key is limited to one client company; it cannot write another client's jobs.");
  }
}

/** Staff, or a key with JOBS_WRITE (scope-auth let the caller in with one of the two). */
const canWriteJobs = (viewer: Viewer) => viewer.kind === 'partner' || canManageJobs(viewer, viewer.agencyId);

/** Inserts a job with its skills and its job.created change; a taken external ID surfaces as the unique index's error. */
async function insertJob(ctx: Context, clientCompanyId: string | number, fields: Record<string, unknown>) {
  const viewer = ctx.viewer!;
  const data = parseInput(createJobSchema, withoutUndefined(fields));
  const company = await findAgencyClientCompany(ctx, viewer.agencyId, clientCompanyId);
  refuseOtherClient(viewer, company.id);
  const { skills, ...columns } = data;
  // The ID is chosen here so the public address (slug) is written with the row; it stays when the title changes.
  const id = randomUUID();
  return ctx.prisma.$transaction(async (tx) => {
    const created = await tx.job.create({
      data: {
        ...columns,
        id,
        slug: makeJobSlug({ id, title: columns.title, city: columns.city }),
        agencyId: viewer.agencyId,
        clientCompanyId: company.id,
        // A key's job has no person as its author; the change log names the key.
        createdById: viewer.kind === 'user' ? viewer.userId : null,
        publishedAt: columns.status === 'OPEN' ? new Date() : null,
      },
    });
    await tx.jobSkill.createMany({ data: toJobSkillRows(created.id, skills) });
    await appendChange(tx, changeActorOf(viewer), { agencyId: viewer.agencyId, entity: 'JOB', entityId: created.id, kind: 'job.created', data: { status: created.status } });
    return created;
  });
}

type JobRow = Prisma.JobGetPayload<object>;

/**
 * Applies a patch to a job the caller may write, with its job.updated change. `version` guards against a concurrent
 * change; an upsert without one writes over whatever is there (its partner system is the source of truth).
 */
async function patchJob(ctx: Context, current: JobRow, clientCompanyId: string | number | null | undefined, fields: Record<string, unknown>, isGuarded: boolean) {
  const viewer = ctx.viewer!;
  refuseOtherClient(viewer, current.clientCompanyId);
  const patch = parseInput(updateJobSchema, withoutUndefined(fields));
  const bandIssues = salaryBandIssues(
    patch.salaryMin === undefined ? current.salaryMin : patch.salaryMin,
    patch.salaryMax === undefined ? current.salaryMax : patch.salaryMax,
  );
  if (bandIssues.length > 0) throw new ValidationError(bandIssues);
  // B10: an open job (or one being published) does not start in the past; a draft may keep an old date.
  const startIssues = validateJobStartDate(
    patch.startDate === undefined ? current.startDate : patch.startDate,
    patch.status ?? current.status,
    new Date(),
  );
  // An open job whose start has simply come and gone may still be edited (its form sends the same date back).
  const isNewStart = patch.startDate !== undefined && patch.startDate?.getTime() !== current.startDate?.getTime();
  if (startIssues.length > 0 && (isNewStart || (patch.status === 'OPEN' && current.status !== 'OPEN'))) throw new ValidationError(startIssues);
  const company = clientCompanyId == null ? null : await findAgencyClientCompany(ctx, viewer.agencyId, clientCompanyId);
  if (company) refuseOtherClient(viewer, company.id);
  const { skills, version, ...columns } = patch;
  const isPublishing = patch.status === 'OPEN' && current.status !== 'OPEN';
  await ctx.prisma.$transaction(async (tx) => {
    // Guarded write: two people saving at once cannot both win.
    const { count } = await tx.job.updateMany({
      where: { id: current.id, ...(isGuarded || version !== undefined ? { version: version ?? current.version } : {}) },
      data: {
        ...columns,
        ...(company ? { clientCompanyId: company.id } : {}),
        ...(isPublishing ? { publishedAt: new Date() } : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new InvalidTransitionError('This job was changed by someone else; reload it.', current.status);
    if (skills) {
      await tx.jobSkill.deleteMany({ where: { jobId: current.id } });
      await tx.jobSkill.createMany({ data: toJobSkillRows(current.id, skills) });
    }
    // Skills are the job's requirements; the status tells a feed whether the job opened, paused or closed.
    const changed = [...Object.keys(columns), ...(company ? ['clientCompanyId'] : []), ...(skills ? ['requirements'] : [])];
    await appendChange(tx, changeActorOf(viewer), {
      agencyId: current.agencyId,
      entity: 'JOB',
      entityId: current.id,
      kind: 'job.updated',
      data: { status: columns.status ?? current.status, changed },
    });
    // Filling or closing tells every candidate still in the pipeline, as closeJob does (with the polite defaults).
    const isClosing = (columns.status === 'FILLED' || columns.status === 'CLOSED') && (CLOSABLE_JOB_STATUSES as readonly string[]).includes(current.status);
    if (isClosing) {
      const job = await tx.job.findUniqueOrThrow({ where: { id: current.id }, select: { id: true, agencyId: true, title: true, clientCompany: { select: { name: true } } } });
      const closing = await closeOpenProposalsOfJob(tx, job, { outcome: columns.status as 'FILLED' | 'CLOSED', now: new Date(), closer: null });
      await appendChange(tx, changeActorOf(viewer), closing.changes);
    }
  });
  return ctx.prisma.job.findUniqueOrThrow({ where: { id: current.id } });
}

const trimmedText = (value: unknown) => (typeof value === 'string' ? value.trim() : null);

const WRITE_SCOPES = { $any: { staff: true, partner: 'JOBS_WRITE' } } as const;

builder.mutationField('createJob', (t) =>
  t.field({
    type: JobRef,
    description:
      "Creates a job for a client of the agency: by its staff, or by a partner key with JOBS_WRITE (for its own client only, when limited to one; the change log names the key). Skills are normalised through the taxonomy.",
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: CreateJobInput, required: true, description: 'The job.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError],
      ...answerOf('createJob', 'the new job'),
      // The caller just wrote it: a key with JOBS_WRITE but not JOBS_READ reads its own answer.
      dataField: { name: 'job', description: 'The new job.', grantScopes: ['jobOfCaller'] },
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer!;
      if (!canWriteJobs(viewer)) throw new NotAllowedError();
      const { clientCompanyId, ...fields } = input;
      await refuseTakenJobExternalId(ctx.prisma, viewer.agencyId, trimmedText(fields.externalId), null);
      const job = await insertJob(ctx, clientCompanyId, fields).catch((error: unknown) => {
        throw isExternalIdConflict(error) ? externalIdTaken('job') : error;
      });
      await getMatchService(ctx.prisma).changesCommitted();
      return job;
    },
  }),
);

builder.mutationField('updateJob', (t) =>
  t.field({
    type: JobRef,
    description:
      "Changes a job of the agency, its status included (closing, pausing and reopening are status changes): by its staff, or by a partner key with JOBS_WRITE (its own client's jobs only, when limited to one). Publishing (to OPEN) sets publishedAt. Moving to FILLED or CLOSED withdraws every open proposal with the polite default message and cancels its interviews, as closeJob does; staff use closeJob to review and edit the messages first.",
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: UpdateJobInput, required: true, description: 'The job and the fields to change.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError, InvalidTransitionError],
      ...answerOf('updateJob', 'the job as it is now'),
      dataField: { name: 'job', description: 'The job as it is now.', grantScopes: ['jobOfCaller'] },
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer!;
      const jobId = idFromGlobalId(String(input.id), 'Job');
      const current = jobId ? await ctx.prisma.job.findFirst({ where: { id: jobId, agencyId: viewer.agencyId } }) : null;
      if (!current || !canWriteJobs(viewer)) throw new NotFoundError('That job does not exist in your agency.');
      const { id: _id, clientCompanyId, ...fields } = input;
      refuseOtherClient(viewer, current.clientCompanyId);
      await refuseTakenJobExternalId(ctx.prisma, current.agencyId, trimmedText(fields.externalId), current.id);
      const job = await patchJob(ctx, current, clientCompanyId, fields, true).catch((error: unknown) => {
        throw isExternalIdConflict(error) ? externalIdTaken('job') : error;
      });
      await getMatchService(ctx.prisma).changesCommitted();
      return job;
    },
  }),
);

// ───────────────────────────── upsertJob ─────────────────────────────

const UpsertJobInput = builder.inputType('UpsertJobInput', {
  description:
    "A job by your own reference: created when no job of the agency has this external ID, otherwise updated with the fields given (the others stay as they are).",
  fields: (t) => ({
    externalId: t.string({ required: true, description: 'Your own reference for the job (1-200 characters, unique in the agency): what the upsert finds the job by.' }),
    version: t.int({ required: false, description: 'When updating: the version you last read; the upsert fails if the job changed since. Left out: your fields win.' }),
    clientCompanyId: t.id({
      required: false,
      description: "The id of a ClientCompany of your agency: needed to create, unless the key is limited to a client (then that client); when updating, moves the job.",
    }),
    ...(({ externalId: _externalId, ...fields }) => fields)(jobInputFields(t as never, false)),
    status: t.field({ type: JobStatusEnum, required: false, description: 'Creating: DRAFT (default) or OPEN. Updating: any status; moving to OPEN publishes the job.' }),
  }),
});

type UpsertedJob = { job: JobRow; created: boolean };

const UpsertJobSuccess = builder.objectRef<UpsertedJob>('UpsertJobSuccess').implement({
  description: 'Returned when upsertJob worked: the job as it is now, and whether it was created or updated.',
  fields: (t) => ({
    job: t.field({ type: JobRef, description: 'The job as it is now.', grantScopes: ['jobOfCaller'], resolve: (answer) => answer.job }),
    created: t.exposeBoolean('created', { description: 'True when no job had this external ID and this one was created; false when the existing one was updated.' }),
  }),
});

const REQUIRED_TO_CREATE_JOB = ['title', 'seniority', 'currency', 'remotePolicy', 'country', 'timeZone'] as const;
/** How often an upsert that lost a race for its external ID reads again (the winner's row is then there to update). */
const UPSERT_ATTEMPTS = 3;

builder.mutationField('upsertJob', (t) =>
  t.field({
    type: UpsertJobSuccess,
    description:
      "Creates or updates the agency's job with this external ID, so a client's ATS can push its job orders without storing our IDs: by its staff, or by a partner key with JOBS_WRITE (its own client's jobs only, when limited). Concurrent upserts of one external ID make one job.",
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: UpsertJobInput, required: true, description: 'The external ID and the fields.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError, InvalidTransitionError],
      directResult: true,
      union: { description: 'What upsertJob answers: UpsertJobSuccess with the job and whether it was created, or the expected error that stopped it (switch on __typename).' },
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer!;
      if (!canWriteJobs(viewer)) throw new NotAllowedError();
      const { externalId } = parseInput(z.object({ externalId: externalIdSchema.unwrap() }), { externalId: input.externalId });
      // The reference found the job: an update leaves it as it is, so the change log does not list it as changed.
      const { clientCompanyId, version, externalId: _reference, ...fields } = input;
      let answer: UpsertedJob | null = null;
      for (let attempt = 1; !answer; attempt++) {
        const current = await ctx.prisma.job.findFirst({ where: { agencyId: viewer.agencyId, externalId } });
        if (current) {
          answer = { job: await patchJob(ctx, current, clientCompanyId, { ...fields, version }, false), created: false };
          break;
        }
        const missing = REQUIRED_TO_CREATE_JOB.filter((field) => fields[field] == null);
        const clientOfJob = clientCompanyId ?? (viewer.kind === 'partner' && viewer.clientCompanyId ? encodeGlobalID('ClientCompany', viewer.clientCompanyId) : null);
        if (clientOfJob == null) missing.push('clientCompanyId' as never);
        // A client of another agency (or none) is the first thing to say: the other fields cannot make it right.
        else await findAgencyClientCompany(ctx, viewer.agencyId, clientOfJob);
        if (missing.length > 0) {
          throw new ValidationError(missing.map((field) => ({ field, message: `No job of your agency has this external ID yet; ${field} is needed to create it.` })));
        }
        try {
          answer = { job: await insertJob(ctx, clientOfJob!, { ...fields, externalId }), created: true };
        } catch (error) {
          // Another upsert of this external ID created the job first: read again and update it.
          if (!isExternalIdConflict(error) || attempt >= UPSERT_ATTEMPTS) throw isExternalIdConflict(error) ? externalIdTaken('job') : error;
        }
      }
      await getMatchService(ctx.prisma).changesCommitted();
      return answer;
    },
  }),
);
