import { externalIdsFilterSchema, externalIdSchema, externalIdTaken, isExternalIdConflict, MAX_EXTERNAL_IDS } from '../common/external-id.ts';
import type { Prisma } from '@shortlist/db/prisma';
import { z } from 'zod';
import { normalizePhone } from '@shortlist/domain/duplicates';
import { validateSkillYears } from '@shortlist/domain/forms';
import { builder } from '../../builder.ts';
import { oneLine } from '../common/one-line.ts';
import { searchWords } from '../common/search-words.ts';
import { EmploymentTypeEnum, RemotePolicyEnum, SeniorityEnum } from '../common/enums.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError, parseInput, ValidationError } from '../errors/errors.ts';
import { idFromGlobalId } from '../common/global-id.ts';
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
import { getMatchService } from '../matches/match-service.ts';
import { skillReferenceSchema } from '../skills/resolve-skill-reference.ts';
import { UserRef } from '../users/user.ts';
import { canEditCandidate, canSeeCandidate, canSeeCandidatePreferences, canWriteCandidate, listableCandidatesWhere } from './can-see-candidate.ts';
import type { Context, Viewer } from '../../context.ts';
import { OrderDirectionEnum, orderByField } from '../common/order-direction.ts';
import { skillIdsFromIds, skillIdsFromNames } from './skill-ids-of-filter.ts';
import { appendChange } from '../change-log/append-change.ts';
import { changeActorOf } from '../change-log/change-actor-of.ts';
import { notePartnerRead } from '../data-rights/note-partner-read.ts';
import { followCandidateMerge } from '../duplicates/follow-candidate-merge.ts';

builder.prismaObject('CandidateSkill', {
  description: "A skill on a candidate's profile.",
  fields: (t) => ({
    skill: t.relation('skill', { description: 'The skill, from the taxonomy.' }),
    level: t.exposeInt('level', { description: '1 (basic) to 5 (expert).' }),
    years: t.exposeFloat('years', { description: 'Years of use, e.g. 2.5.' }),
    lastUsedYear: t.exposeInt('lastUsedYear', { nullable: true, description: 'The last year they used it; null while in use now.' }),
  }),
});

builder.prismaObject('CandidateExperience', {
  description: 'A past or current role.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The role, e.g. "Backend Engineer".' }),
    company: t.exposeString('company', { description: 'The employer, as the candidate wrote it.' }),
    startDate: t.expose('startDate', { type: 'DateTime', description: 'When the role started.' }),
    endDate: t.expose('endDate', { type: 'DateTime', nullable: true, description: 'When it ended; null for the current role.' }),
    description: t.exposeString('description', { description: 'What they did there (plain text, may be empty).' }),
  }),
});

type PreferencesShape = {
  minSalary: number | null;
  currency: string;
  remotePreference: 'ONSITE' | 'HYBRID' | 'REMOTE';
  preferredLocations: string[];
  willingToRelocate: boolean;
  employmentTypes: Array<'FULL_TIME' | 'PART_TIME' | 'CONTRACT' | 'TEMPORARY' | 'INTERNSHIP'>;
  earliestStart: Date | null;
  noticePeriodDays: number;
  targetOpportunities: number;
};

const CandidatePreferences = builder.objectRef<PreferencesShape>('CandidatePreferences').implement({
  description: "What a job must offer the candidate (the match's reverse score).",
  fields: (t) => ({
    minSalary: t.exposeInt('minSalary', { nullable: true, description: 'Yearly, in `currency`.' }),
    currency: t.exposeString('currency', { description: 'ISO-4217 code of minSalary, e.g. EUR.' }),
    remotePreference: t.expose('remotePreference', {
      type: RemotePolicyEnum,
      description: 'The most onsite arrangement they accept: REMOTE = remote only, HYBRID = hybrid or remote, ONSITE = any.',
    }),
    preferredLocations: t.exposeStringList('preferredLocations', { description: 'Cities or regions they want to work in; empty: anywhere within reach of their city.' }),
    willingToRelocate: t.exposeBoolean('willingToRelocate', { description: 'True when they would move for the right job.' }),
    employmentTypes: t.expose('employmentTypes', { type: [EmploymentTypeEnum], description: 'Empty: any.' }),
    earliestStart: t.expose('earliestStart', { type: 'DateTime', nullable: true, description: 'The first day they could start; null for as soon as their notice allows.' }),
    noticePeriodDays: t.exposeInt('noticePeriodDays', { description: 'Days of notice they must give their current employer (0-730).' }),
    targetOpportunities: t.exposeInt('targetOpportunities', { description: 'How many opportunities they want in flight.' }),
  }),
});

export const CandidateRef = builder.prismaNode('CandidateProfile', {
  name: 'Candidate',
  id: { field: 'id' },
  description: "A candidate's profile, owned by an agency: its staff, partner keys with candidates:read and the candidate see it.",
  // Select mode: each field loads what it needs (a pipeline or a page of suggestions reads a few of ~30 columns).
  select: { id: true, agencyId: true },
  // candidateOfCaller: granted by the answers of createCandidate, updateCandidateProfile and upsertCandidate, so a key
  // with CANDIDATES_WRITE but not CANDIDATES_READ reads the profile it just wrote (and nothing else).
  // A partner's read is noted for the candidate's access log (GDPR art. 15), written once the response is done.
  authScopes: (candidate, ctx) => {
    const grant = (isVisible: boolean) => {
      if (!isVisible) return { $granted: 'candidateOfCaller' };
      notePartnerRead(ctx, candidate.id);
      return true;
    };
    const isVisible = canSeeCandidate(ctx.viewer, candidate, ctx.prisma);
    return typeof isVisible === 'boolean' ? grant(isVisible) : isVisible.then(grant);
  },
  fields: (t) => ({
    fullName: t.exposeString('fullName', { description: 'The name as the candidate uses it.' }),
    email: t.exposeString('email', { description: 'Their e-mail address, unique in the agency.' }),
    phone: t.exposeString('phone', {
      nullable: true,
      description: "Only for the agency's staff and the candidate.",
      authScopes: (candidate, _args, ctx) => canEditCandidate(ctx.viewer, candidate),
    }),
    externalId: t.exposeString('externalId', {
      nullable: true,
      description: "The agency's or a partner system's own reference for the candidate (unique in the agency): for staff and keys with CANDIDATES_READ.",
      authScopes: (_candidate, _args, ctx) => ctx.viewer?.kind === 'partner' || (ctx.viewer?.kind === 'user' && ctx.viewer.role !== 'CANDIDATE'),
    }),
    headline: t.exposeString('headline', { description: 'One line about them, e.g. "Backend engineer, Go and PostgreSQL" (may be empty).' }),
    summary: t.exposeString('summary', { description: 'A longer introduction (plain text, may be empty).' }),
    yearsExperience: t.exposeInt('yearsExperience', { description: 'Years of professional experience.' }),
    seniority: t.expose('seniority', { type: SeniorityEnum, description: 'The level they have reached.' }),
    city: t.exposeString('city', { nullable: true, description: 'Where they live; null when not given.' }),
    country: t.exposeString('country', { description: 'ISO-3166 alpha-2 code of the country they live in, e.g. DE.' }),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone, e.g. Europe/Berlin.' }),
    version: t.exposeInt('version', { description: 'Send it back with updateCandidateProfile so a concurrent edit is not overwritten.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the candidate was registered.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the profile last changed.' }),
    skills: t.relation('skills', { description: 'Strongest first.', query: { orderBy: [{ level: 'desc' }, { skillId: 'asc' }] } }),
    experiences: t.relation('experiences', { description: 'Most recent first.', query: { orderBy: [{ startDate: 'desc' }, { id: 'asc' }] } }),
    preferences: t.field({
      type: CandidatePreferences,
      nullable: true,
      description:
        "What a job must offer them, the salary they ask included: for the agency's staff, the candidate, and a key limited to a client while the candidate shares their profile with that client; null (with an error) for other partner keys.",
      authScopes: (candidate, _args, ctx) => canSeeCandidatePreferences(ctx.viewer, candidate, ctx.prisma),
      select: {
        minSalary: true,
        salaryCurrency: true,
        remotePreference: true,
        preferredLocations: true,
        willingToRelocate: true,
        employmentTypes: true,
        earliestStart: true,
        noticePeriodDays: true,
        targetOpportunities: true,
      },
      // Field by field: the row is often the whole profile (~30 columns), which a rest spread would copy for each candidate.
      resolve: (candidate) => ({
        minSalary: candidate.minSalary,
        currency: candidate.salaryCurrency,
        remotePreference: candidate.remotePreference,
        preferredLocations: candidate.preferredLocations,
        willingToRelocate: candidate.willingToRelocate,
        employmentTypes: candidate.employmentTypes,
        earliestStart: candidate.earliestStart,
        noticePeriodDays: candidate.noticePeriodDays,
        targetOpportunities: candidate.targetOpportunities,
      }),
    }),
  }),
});

builder.prismaObjectField(UserRef, 'candidateProfile', (t) =>
  t.relation('candidateProfile', { nullable: true, description: "A candidate's own profile; null for staff." }),
);

// ───────────────────────────── queries ─────────────────────────────

const CandidatesFilter = builder.inputType('CandidatesFilter', {
  description: "Narrows the agency's candidates. Every field is optional; they combine with AND.",
  fields: (t) => ({
    search: t.string({ required: false, description: 'Words in the name, headline, e-mail or city (case-insensitive); every word must match. At most 200 characters.' }),
    skillIds: t.idList({ required: false, description: 'Candidates with every one of these skills, by Skill id (at most 20); an unknown id is an error. To filter by name or alias, use skillNames.' }),
    skillNames: t.stringList({
      required: false,
      description: 'Candidates with every one of these skills, by name or alias as people type them ("k8s", "Postgres"; at most 20); an unknown name is an error naming the nearest skills.',
    }),
    externalIds: t.stringList({ required: false, description: `Candidates with any of these external IDs (at most ${MAX_EXTERNAL_IDS}).` }),
    updatedSince: t.field({
      type: 'DateTime',
      required: false,
      description: 'Only candidates whose profile changed at or after this time (updatedAt >= it): what a sync fetches since its last run.',
    }),
  }),
  validate: z.looseObject({
    search: z.string().max(200, 'Search is at most 200 characters.').nullish(),
    externalIds: externalIdsFilterSchema,
    skillIds: z.array(z.string()).max(20, 'Filter by at most 20 skills.').nullish(),
    skillNames: z.array(z.string()).max(20, 'Filter by at most 20 skills.').nullish(),
  }),
});

const CandidateOrderFieldEnum = builder.enumType('CandidateOrderField', {
  description: 'What a list of candidates can be sorted by.',
  values: {
    CREATED_AT: { description: 'When the candidate was registered (createdAt).' },
    UPDATED_AT: { description: 'When the profile last changed (updatedAt): with ASC, what a sync reads after updatedSince.' },
  } as const,
});

const CandidateOrder = builder.inputType('CandidateOrder', {
  description: 'How a list of candidates is sorted; ties are broken by ID in the same direction, so paging is stable.',
  fields: (t) => ({
    field: t.field({ type: CandidateOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionEnum, required: true, description: 'Which way.' }),
  }),
});

type CandidatesFilterShape = {
  search?: string | null;
  skillIds?: ReadonlyArray<string | number> | null;
  skillNames?: readonly string[] | null;
  externalIds?: readonly string[] | null;
  updatedSince?: Date | null;
};

/** The agency's candidates the viewer may list, narrowed by the filter; null when they may list none. */
function candidatesWhere(viewer: Viewer | null, filter: CandidatesFilterShape | null | undefined): Prisma.CandidateProfileWhereInput | null {
  const scope = listableCandidatesWhere(viewer);
  if (!scope) return null;
  const conditions: Prisma.CandidateProfileWhereInput[] = [scope];
  const skillIds = [...skillIdsFromIds(filter?.skillIds, 'skillNames'), ...skillIdsFromNames(filter?.skillNames)];
  for (const skillId of new Set(skillIds)) conditions.push({ skills: { some: { skillId } } });
  if (filter?.externalIds) conditions.push({ externalId: { in: filter.externalIds.map((id) => id.trim()) } });
  if (filter?.updatedSince) conditions.push({ updatedAt: { gte: filter.updatedSince } });
  for (const word of searchWords(filter?.search)) {
    conditions.push({
      OR: [
        { fullName: { contains: word, mode: 'insensitive' } },
        { headline: { contains: word, mode: 'insensitive' } },
        { email: { contains: word, mode: 'insensitive' } },
        { city: { contains: word, mode: 'insensitive' } },
      ],
    });
  }
  return { AND: conditions };
}

builder.queryField('candidates', (t) =>
  t.prismaConnection(
    {
      type: CandidateRef,
      cursor: 'id',
      description:
        "The agency's candidates, newest first unless orderBy says otherwise: for its staff and partner keys with CANDIDATES_READ (a key limited to one client sees the candidates proposed for its jobs). A sync reads `filter: { updatedSince }` with `orderBy: { field: UPDATED_AT, direction: ASC }`.",
      authScopes: { staff: true, partner: 'CANDIDATES_READ' },
      args: {
        filter: t.arg({ type: CandidatesFilter, required: false, description: 'Narrows the list; left out: every candidate the caller may see.' }),
        orderBy: t.arg({ type: CandidateOrder, required: false, description: 'The order; left out: newest registered first.' }),
      },
      totalCount: (_root, { filter }, ctx) => {
        const where = candidatesWhere(ctx.viewer, filter);
        return where ? ctx.prisma.candidateProfile.count({ where }) : 0;
      },
      resolve: (given, _root, { filter, orderBy }, ctx) => {
        // Spread before any early answer: a query left untouched is an error outside production.
        const query = { ...given };
        const where = candidatesWhere(ctx.viewer, filter);
        if (!where) return [];
        const order = orderBy ? orderByField(orderBy.field === 'UPDATED_AT' ? 'updatedAt' : 'createdAt', orderBy.direction) : orderByField('createdAt', 'DESC');
        return ctx.prisma.candidateProfile.findMany({ ...query, where, orderBy: order });
      },
    },
    { name: 'CandidateConnection', description: 'A page of candidates.' },
    { name: 'CandidateEdge', description: 'A candidate in a page, with its cursor.' },
  ),
);

builder.queryField('candidate', (t) =>
  t.prismaField({
    type: CandidateRef,
    nullable: true,
    description: "One candidate, or null when it does not exist or is not visible to you. A merged profile's ID answers the profile it was merged into (mergeCandidates).",
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true, description: 'The global ID of the candidate.' }) },
    resolve: async (given, _root, { id }, ctx) => {
      // Spread before any early answer: a query left untouched is an error outside production.
      const query = { ...given };
      const candidateId = idFromGlobalId(String(id), 'Candidate');
      if (!candidateId || !ctx.viewer) return null;
      const agencyId = ctx.viewer.agencyId;
      let candidate = await ctx.prisma.candidateProfile.findFirst({ ...query, where: { id: candidateId, agencyId } });
      // A merged profile's old ID (a bookmark, a link in an e-mail) opens the profile it was merged into (issue 14).
      const survivorId = candidate ? null : await followCandidateMerge(ctx.prisma, candidateId);
      if (survivorId) candidate = await ctx.prisma.candidateProfile.findFirst({ ...query, where: { id: survivorId, agencyId } });
      return candidate && (await canSeeCandidate(ctx.viewer, candidate, ctx.prisma)) ? candidate : null;
    },
  }),
);

// ───────────────────────────── mutations ─────────────────────────────

const CandidateSkillInput = builder.inputType('CandidateSkillInput', {
  description: 'A skill on the profile.',
  fields: (t) => ({
    skill: t.string({ required: true, description: 'A skill id, name or alias ("k8s").' }),
    level: t.int({ required: true, description: '1 (basic) to 5 (expert).' }),
    years: t.float({ required: false, description: "Years of use, 0-80 (default 0), at most the candidate's yearsExperience when that is above 0." }),
    lastUsedYear: t.int({ required: false, description: 'Leave out or null when in use now.' }),
  }),
});

const CandidateExperienceInput = builder.inputType('CandidateExperienceInput', {
  description: 'A past or current role.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'The role, 1-200 characters.' }),
    company: t.string({ required: true, description: 'The employer, 1-200 characters.' }),
    startDate: t.field({ type: 'DateTime', required: true, description: 'When the role started.' }),
    endDate: t.field({ type: 'DateTime', required: false, description: 'When it ended, not before startDate; leave out or null for the current role.' }),
    description: t.string({ required: false, description: 'What they did there, at most 5,000 characters.' }),
  }),
});

const CandidatePreferencesInput = builder.inputType('CandidatePreferencesInput', {
  description: 'The preferences to change; the others stay as they are.',
  fields: (t) => ({
    minSalary: t.int({ required: false, description: 'The least yearly salary they accept, in currency; null for no minimum.' }),
    currency: t.string({ required: false, description: 'ISO-4217, e.g. EUR.' }),
    remotePreference: t.field({ type: RemotePolicyEnum, required: false, description: 'The most onsite arrangement they accept: REMOTE = remote only, HYBRID = hybrid or remote, ONSITE = any.' }),
    preferredLocations: t.stringList({ required: false, description: 'Cities or regions they want to work in (at most 50, each up to 100 characters).' }),
    willingToRelocate: t.boolean({ required: false, description: 'True when they would move for the right job.' }),
    employmentTypes: t.field({ type: [EmploymentTypeEnum], required: false, description: 'The kinds of employment they accept; empty: any.' }),
    earliestStart: t.field({ type: 'DateTime', required: false, description: 'The first day they could start; null for as soon as their notice allows.' }),
    noticePeriodDays: t.int({ required: false, description: 'Days of notice they must give, 0-730.' }),
    targetOpportunities: t.int({ required: false, description: 'How many opportunities they want in flight, 1-50 (default 3).' }),
  }),
});

/** The descriptions of a mutation's result union and success type, which the errors plugin makes. */
const answerOf = (mutation: string, success: string) => ({
  union: { description: `What ${mutation} answers: ${success}, or the expected error that stopped it (switch on __typename).` },
  result: { description: `Returned when ${mutation} worked: ${success}.` },
});

const thisYear = () => new Date().getUTCFullYear();

const candidateSkillsSchema = z
  .array(
    z.object({
      skill: skillReferenceSchema,
      level: levelSchema,
      years: z.number().min(0, 'Years cannot be negative.').max(80, 'Years is at most 80.').default(0),
      lastUsedYear: z
        .number()
        .int()
        .min(1950, 'Last used is a year from 1950.')
        .refine((year) => year <= thisYear(), 'Last used cannot be in the future.')
        .nullish()
        .transform((year) => year ?? null),
    }),
  )
  .max(200, 'A profile lists at most 200 skills.')
  .superRefine(refineUniqueSkills);

const preferencesSchema = z
  .object({
    minSalary: salarySchema.nullable(),
    currency: currencySchema,
    remotePreference: z.enum(['ONSITE', 'HYBRID', 'REMOTE']),
    preferredLocations: z
      .array(oneLine(z.string().trim().min(1, 'Name the location.').max(100, 'A location is at most 100 characters.'), 'A location'))
      .max(50, 'At most 50 locations.'),
    willingToRelocate: z.boolean(),
    employmentTypes: z.array(z.enum(['FULL_TIME', 'PART_TIME', 'CONTRACT', 'TEMPORARY', 'INTERNSHIP'])),
    earliestStart: z.date().nullable(),
    noticePeriodDays: z.number().int().min(0, 'Notice cannot be negative.').max(730, 'Notice is at most 730 days.'),
    targetOpportunities: z.number().int().min(1, 'Ask for at least one opportunity at a time.').max(50, 'At most 50.'),
  })
  .partial();

const experiencesSchema = z
  .array(
    z
      .object({
        title: oneLine(z.string().trim().min(1, 'Give the role a title.').max(200, 'Title is at most 200 characters.'), 'Title'),
        company: oneLine(z.string().trim().min(1, 'Name the company.').max(200, 'Company is at most 200 characters.'), 'Company'),
        startDate: z.date(),
        endDate: z.date().nullish().transform((d) => d ?? null),
        description: z.string().max(5000, 'Description is at most 5,000 characters.').default(''),
      })
      .refine((e) => e.endDate === null || e.endDate >= e.startDate, { path: ['endDate'], message: 'The role ends before it starts.' }),
  )
  .max(50, 'At most 50 roles.');

const profileFields = {
  fullName: oneLine(z.string().trim().min(1, 'Enter the full name.').max(200, 'The name is at most 200 characters.'), 'The name'),
  phone: optionalText(40, 'Phone').nullable(),
  headline: oneLine(z.string().trim().max(200, 'Headline is at most 200 characters.'), 'Headline'),
  summary: z.string().trim().max(10_000, 'Summary is at most 10,000 characters.'),
  yearsExperience: z.number().int().min(0, 'Years of experience cannot be negative.').max(80, 'Years of experience is at most 80.'),
  seniority: z.enum(['JUNIOR', 'MID', 'SENIOR', 'LEAD', 'PRINCIPAL']),
  city: citySchema.transform((city) => (city === '' ? null : city)).nullable(),
  country: countrySchema,
  timeZone: timeZoneSchema,
  skills: candidateSkillsSchema,
  experiences: experiencesSchema,
  preferences: preferencesSchema,
};

const createCandidateSchema = z.object({
  ...profileFields,
  email: z.string().trim().toLowerCase().email('Enter an e-mail address, like sam@example.com.').max(254),
  phone: profileFields.phone.default(null),
  externalId: externalIdSchema.default(null),
  headline: profileFields.headline.default(''),
  summary: profileFields.summary.default(''),
  yearsExperience: profileFields.yearsExperience.default(0),
  city: profileFields.city.default(null),
  skills: profileFields.skills.default([]),
  experiences: profileFields.experiences.default([]),
  preferences: profileFields.preferences.default({}),
});

const updateCandidateSchema = z.object({
  ...Object.fromEntries(Object.entries(profileFields).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof profileFields]: z.ZodOptional<(typeof profileFields)[K]>;
  },
  externalId: externalIdSchema.optional(),
  version: z.number().int().nonnegative().optional(),
});

const profileInputFields = (t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<any>, 'InputObject'>, required: boolean) => ({
  fullName: t.string({ required, description: 'The name, 1-200 characters.' }),
  phone: t.string({ required: false, description: 'A phone number, at most 40 characters; null clears it.' }),
  headline: t.string({ required: false, description: 'One line about them, at most 200 characters.' }),
  summary: t.string({ required: false, description: 'A longer introduction, at most 10,000 characters.' }),
  yearsExperience: t.int({ required: false, description: 'Years of professional experience, 0-80.' }),
  seniority: t.field({ type: SeniorityEnum, required, description: 'The level they have reached.' }),
  city: t.string({ required: false, description: 'Where they live; empty or null for none.' }),
  country: t.string({ required, description: 'ISO-3166 alpha-2, e.g. DE.' }),
  timeZone: t.string({ required, description: 'IANA time zone, e.g. Europe/Berlin.' }),
  skills: t.field({ type: [CandidateSkillInput], required: false, description: 'Replaces the whole list when given.' }),
  experiences: t.field({ type: [CandidateExperienceInput], required: false, description: 'Replaces the whole list when given.' }),
  preferences: t.field({ type: CandidatePreferencesInput, required: false, description: 'What a job must offer them; only the fields given change.' }),
  externalId: t.string({
    required: false,
    description: "The agency's own reference for the candidate (1-200 characters, unique in the agency; staff only); null clears it.",
  }),
});

const CreateCandidateInput = builder.inputType('CreateCandidateInput', {
  description: 'A new candidate of your agency.',
  fields: (t) => ({ email: t.string({ required: true, description: 'Their e-mail address, unique in the agency.' }), ...profileInputFields(t as never, true) }),
});

const UpdateCandidateProfileInput = builder.inputType('UpdateCandidateProfileInput', {
  description: 'The fields to change; the others stay as they are.',
  fields: (t) => ({
    candidateId: t.id({ required: true, description: 'The global ID of the candidate.' }),
    version: t.int({ required: false, description: 'The version you last read; the update fails if the profile changed since.' }),
    ...profileInputFields(t as never, false),
  }),
});

const withoutUndefined = <T extends object>(input: T) =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as T;

type PreferencesPatch = z.output<typeof preferencesSchema>;
const preferenceColumns = ({ currency, ...rest }: PreferencesPatch): Prisma.CandidateProfileUpdateManyMutationInput =>
  withoutUndefined({ ...rest, salaryCurrency: currency });

const skillRows = (candidateId: string, skills: z.output<typeof candidateSkillsSchema>): Prisma.CandidateSkillCreateManyInput[] =>
  skills.map((s) => ({ candidateId, skillId: s.skill, level: s.level, years: s.years, lastUsedYear: s.lastUsedYear }));

/**
 * B10: a skill's years are at most the total years of experience (when that is given, above 0). The issue is on the
 * skill's row, or on yearsExperience when only the total changed (`onTotal`) and a stored skill no longer fits.
 */
function refuseSkillYearsBeyondCareer(skills: ReadonlyArray<{ years: number }>, yearsExperience: number | undefined, onTotal: 'yearsExperience' | null) {
  const issues = validateSkillYears(skills, yearsExperience);
  if (issues.length === 0) return;
  if (onTotal) {
    const longest = Math.max(...skills.map((s) => s.years));
    throw new ValidationError([{ field: onTotal, message: `A skill on the profile has ${longest} years of use, more than ${yearsExperience} years of experience in total.` }]);
  }
  throw new ValidationError(issues.map((issue) => ({ field: `skills.${issue.index}.years`, message: issue.message })));
}

/** A readable refusal before the write (the unique index still decides a race, see isExternalIdConflict). */
async function refuseTakenCandidateExternalId(prisma: Prisma.TransactionClient, agencyId: string, externalId: string | null | undefined, candidateId: string | null) {
  if (!externalId) return;
  const holder = await prisma.candidateProfile.findFirst({
    where: { agencyId, externalId, ...(candidateId ? { id: { not: candidateId } } : {}) },
    select: { id: true },
  });
  if (holder) throw externalIdTaken('candidate');
}

const trimmedText = (value: unknown) => (typeof value === 'string' ? value.trim() : null);
const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === 'P2002';
const emailTaken = () => new ValidationError([{ field: 'email', message: 'A candidate with this e-mail is already registered with your agency.' }]);

const WRITE_SCOPES = { $any: { staff: true, partner: 'CANDIDATES_WRITE' } } as const;

/** Inserts a candidate with their skills, roles and candidate.created change; a taken e-mail or external ID surfaces as the unique index's error. */
async function insertCandidate(ctx: Context, fields: Record<string, unknown>) {
  const agencyId = ctx.viewer!.agencyId;
  const { skills, experiences, preferences, ...columns } = parseInput(createCandidateSchema, withoutUndefined(fields));
  refuseSkillYearsBeyondCareer(skills, columns.yearsExperience, null);
  const existing = await ctx.prisma.candidateProfile.findFirst({ where: { agencyId, email: columns.email }, select: { id: true } });
  if (existing) throw emailTaken();
  return ctx.prisma.$transaction(async (tx) => {
    const created = await tx.candidateProfile.create({
      data: { ...columns, normalizedPhone: normalizePhone(columns.phone, columns.country), ...(preferenceColumns(preferences) as Omit<Prisma.CandidateProfileUncheckedCreateInput, 'agencyId'>), agencyId },
    });
    await tx.candidateSkill.createMany({ data: skillRows(created.id, skills) });
    await tx.candidateExperience.createMany({ data: experiences.map((e) => ({ ...e, candidateId: created.id })) });
    await appendChange(tx, changeActorOf(ctx.viewer!), { agencyId, entity: 'CANDIDATE', entityId: created.id, kind: 'candidate.created' });
    return created;
  });
}

type CandidateRow = { id: string; agencyId: string; version: number; userId: string | null; erasedAt: Date | null };

/**
 * Applies a patch to a profile the caller may change, with its candidate.updated change. `isGuarded` (or a version
 * sent) refuses an edit made meanwhile; an upsert without a version writes over it (its partner system is the source).
 */
async function patchCandidate(ctx: Context, current: CandidateRow, fields: Record<string, unknown>, isGuarded: boolean) {
  const viewer = ctx.viewer!;
  const { skills, experiences, preferences, version, ...columns } = parseInput(updateCandidateSchema, withoutUndefined(fields));
  if (skills !== undefined || columns.yearsExperience !== undefined) {
    const stored = await ctx.prisma.candidateProfile.findUniqueOrThrow({
      where: { id: current.id },
      select: { yearsExperience: true, skills: { select: { years: true } } },
    });
    refuseSkillYearsBeyondCareer(skills ?? stored.skills, columns.yearsExperience ?? stored.yearsExperience, skills === undefined ? 'yearsExperience' : null);
  }
  // The reference is the agency's (or its partner system's), not the candidate's to change.
  if (columns.externalId !== undefined && !(viewer.kind === 'partner' || viewer.role !== 'CANDIDATE')) {
    throw new NotAllowedError("Only the agency's staff and its partner systems set a candidate's external ID.");
  }
  // An erased person's data stays erased: nobody writes a name, an address or skills back into the anonymous record.
  if (current.erasedAt) throw new InvalidTransitionError("This candidate's personal data was erased at their request; the record cannot be changed.", 'ERASED');
  // Duplicate detection compares phones in E.164, read in the candidate's country (issue 14).
  const phoneColumns = await normalizedPhoneOf(ctx, current.id, columns);
  await ctx.prisma.$transaction(async (tx) => {
    // Guarded write: an edit made meanwhile (in another tab, or by the recruiter) is not silently overwritten.
    const { count } = await tx.candidateProfile.updateMany({
      where: { id: current.id, erasedAt: null, ...(isGuarded || version !== undefined ? { version: version ?? current.version } : {}) },
      data: { ...columns, ...phoneColumns, ...(preferences ? preferenceColumns(preferences) : {}), version: { increment: 1 } },
    });
    if (count === 0) throw new InvalidTransitionError('This profile was changed by someone else; reload it.');
    // The candidate's login shows the same name and reads times in the same zone as their profile.
    if (current.userId && (columns.timeZone !== undefined || columns.fullName !== undefined)) {
      await tx.user.update({
        where: { id: current.userId },
        data: { ...(columns.timeZone !== undefined && { timeZone: columns.timeZone }), ...(columns.fullName !== undefined && { name: columns.fullName }) },
      });
    }
    if (skills) {
      await tx.candidateSkill.deleteMany({ where: { candidateId: current.id } });
      await tx.candidateSkill.createMany({ data: skillRows(current.id, skills) });
    }
    if (experiences) {
      await tx.candidateExperience.deleteMany({ where: { candidateId: current.id } });
      await tx.candidateExperience.createMany({ data: experiences.map((e) => ({ ...e, candidateId: current.id })) });
    }
    // The names of what changed let a consumer skip what it does not use (an index ignores a new phone number).
    const changed = [...Object.keys(columns), ...(preferences ? ['preferences'] : []), ...(skills ? ['skills'] : []), ...(experiences ? ['experiences'] : [])];
    await appendChange(tx, changeActorOf(viewer), { agencyId: current.agencyId, entity: 'CANDIDATE', entityId: current.id, kind: 'candidate.updated', data: { changed } });
  });
  return ctx.prisma.candidateProfile.findUniqueOrThrow({ where: { id: current.id } });
}

/** The E.164 phone to store when the phone or the country changes (the country reads a national number); else nothing. */
async function normalizedPhoneOf(ctx: Context, candidateId: string, columns: { phone?: string | null; country?: string }) {
  if (columns.phone === undefined && columns.country === undefined) return {};
  const stored = await ctx.prisma.candidateProfile.findUniqueOrThrow({ where: { id: candidateId }, select: { phone: true, country: true } });
  return { normalizedPhone: normalizePhone(columns.phone === undefined ? stored.phone : columns.phone, columns.country ?? stored.country) };
}

/** The refusal to change a profile, saying who may. */
const cannotChange = (viewer: Viewer) =>
  new NotAllowedError(
    viewer.kind === 'partner'
      ? "This API key is limited to one client company; it changes only the candidates proposed for that client's jobs who share their profile with it, or those it registered."
      : "Only the candidate and their agency's recruiters can change this profile.",
  );

const candidateRowSelect = { id: true, agencyId: true, version: true, userId: true, erasedAt: true } as const;

builder.mutationField('createCandidate', (t) =>
  t.field({
    type: CandidateRef,
    description:
      "Registers a candidate with the agency (without a login of their own): by its staff, or by a partner key with CANDIDATES_WRITE (the change log names the key).",
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: CreateCandidateInput, required: true, description: 'The candidate.' }) },
    errors: {
      types: [ValidationError, NotAllowedError],
      ...answerOf('createCandidate', 'the new candidate'),
      // The caller just wrote it: a key with CANDIDATES_WRITE but not CANDIDATES_READ reads its own answer.
      dataField: { name: 'candidate', description: 'The new candidate.', grantScopes: ['candidateOfCaller'] },
    },
    resolve: async (_root, { input }, ctx) => {
      await refuseTakenCandidateExternalId(ctx.prisma, ctx.viewer!.agencyId, trimmedText(input.externalId), null);
      const candidate = await insertCandidate(ctx, input).catch((error: unknown) => {
        throw isExternalIdConflict(error) ? externalIdTaken('candidate') : isUniqueViolation(error) ? emailTaken() : error;
      });
      await getMatchService(ctx.prisma).changesCommitted();
      return candidate;
    },
  }),
);

builder.mutationField('updateCandidateProfile', (t) =>
  t.field({
    type: CandidateRef,
    description:
      "Changes a profile: the candidate's own, one of the agency's (staff), or one a partner key with CANDIDATES_WRITE may write (a key limited to a client: those proposed for its jobs who share their profile with that client, or that it registered; any other is not found). Skills and roles are replaced as a whole.",
    authScopes: { staff: true, candidate: true, partner: 'CANDIDATES_WRITE' },
    args: { input: t.arg({ type: UpdateCandidateProfileInput, required: true, description: 'The candidate and the fields to change.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError, InvalidTransitionError],
      ...answerOf('updateCandidateProfile', 'the profile as it is now'),
      dataField: { name: 'candidate', description: 'The profile as it is now.', grantScopes: ['candidateOfCaller'] },
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer!;
      const candidateId = idFromGlobalId(String(input.candidateId), 'Candidate');
      const current = candidateId ? await ctx.prisma.candidateProfile.findFirst({ where: { id: candidateId, agencyId: viewer.agencyId }, select: candidateRowSelect }) : null;
      // Whoever may not change the profile may not see it either (a person), or must not learn of it (a key limited to
      // a client, for a candidate who does not share their profile with it): not found, nothing written.
      if (!current || !(await canWriteCandidate(viewer, current, ctx.prisma))) throw new NotFoundError('That candidate does not exist in your agency.');
      const { candidateId: _id, ...fields } = input;
      await refuseTakenCandidateExternalId(ctx.prisma, current.agencyId, trimmedText(fields.externalId), current.id);
      const candidate = await patchCandidate(ctx, current, fields, true).catch((error: unknown) => {
        throw isExternalIdConflict(error) ? externalIdTaken('candidate') : error;
      });
      await getMatchService(ctx.prisma).changesCommitted();
      return candidate;
    },
  }),
);

// ───────────────────────────── upsertCandidate ─────────────────────────────

const UpsertCandidateInput = builder.inputType('UpsertCandidateInput', {
  description:
    "A candidate by your own reference: registered when no candidate of the agency has this external ID, otherwise updated with the fields given (the others stay as they are).",
  fields: (t) => ({
    externalId: t.string({ required: true, description: 'Your own reference for the candidate (1-200 characters, unique in the agency): what the upsert finds them by.' }),
    version: t.int({ required: false, description: 'When updating: the version you last read; the upsert fails if the profile changed since. Left out: your fields win.' }),
    email: t.string({ required: false, description: 'Their e-mail address, unique in the agency: needed to register them; an update leaves it as it is.' }),
    ...(({ externalId: _externalId, ...fields }) => fields)(profileInputFields(t as never, false)),
  }),
});

type UpsertedCandidate = { candidate: Prisma.CandidateProfileGetPayload<object>; created: boolean };

const UpsertCandidateSuccess = builder.objectRef<UpsertedCandidate>('UpsertCandidateSuccess').implement({
  description: 'Returned when upsertCandidate worked: the profile as it is now, and whether it was registered or updated.',
  fields: (t) => ({
    candidate: t.field({ type: CandidateRef, description: 'The profile as it is now.', grantScopes: ['candidateOfCaller'], resolve: (answer) => answer.candidate }),
    created: t.exposeBoolean('created', { description: 'True when no candidate had this external ID and this one was registered; false when the existing one was updated.' }),
  }),
});

const REQUIRED_TO_CREATE_CANDIDATE = ['email', 'fullName', 'seniority', 'country', 'timeZone'] as const;
/** How often an upsert that lost a race for its external ID reads again (the winner's row is then there to update). */
const UPSERT_ATTEMPTS = 3;

builder.mutationField('upsertCandidate', (t) =>
  t.field({
    type: UpsertCandidateSuccess,
    description:
      "Registers or updates the agency's candidate with this external ID, so a job board or ATS can push applicants without storing our IDs: by its staff, or by a partner key with CANDIDATES_WRITE (a key limited to a client updates only those proposed for its jobs who share their profile with that client, or that it registered). Concurrent upserts of one external ID make one candidate.",
    authScopes: WRITE_SCOPES,
    args: { input: t.arg({ type: UpsertCandidateInput, required: true, description: 'The external ID and the fields.' }) },
    errors: {
      types: [ValidationError, NotAllowedError, InvalidTransitionError],
      directResult: true,
      union: { description: 'What upsertCandidate answers: UpsertCandidateSuccess with the profile and whether it was registered, or the expected error that stopped it (switch on __typename).' },
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer!;
      const { externalId } = parseInput(z.object({ externalId: externalIdSchema.unwrap() }), { externalId: input.externalId });
      // The reference found the profile: an update leaves it as it is, so the change log does not list it as changed.
      const { email, version, externalId: _reference, ...fields } = input;
      let answer: UpsertedCandidate | null = null;
      for (let attempt = 1; !answer; attempt++) {
        const current = await ctx.prisma.candidateProfile.findFirst({ where: { agencyId: viewer.agencyId, externalId }, select: candidateRowSelect });
        if (current) {
          if (!(await canWriteCandidate(viewer, current, ctx.prisma))) throw cannotChange(viewer);
          answer = { candidate: await patchCandidate(ctx, current, { ...fields, version }, false), created: false };
          break;
        }
        const given: Record<string, unknown> = { ...fields, email };
        const missing = REQUIRED_TO_CREATE_CANDIDATE.filter((field) => given[field] == null);
        if (missing.length > 0) {
          throw new ValidationError(missing.map((field) => ({ field, message: `No candidate of your agency has this external ID yet; ${field} is needed to register them.` })));
        }
        try {
          answer = { candidate: await insertCandidate(ctx, { ...given, externalId }), created: true };
        } catch (error) {
          // Another upsert of this external ID registered the candidate first (its e-mail or its reference is then
          // taken, whichever the database checks first): read again and update them.
          const hasRaced = attempt < UPSERT_ATTEMPTS && (await ctx.prisma.candidateProfile.count({ where: { agencyId: viewer.agencyId, externalId } })) > 0;
          if (!hasRaced) throw isExternalIdConflict(error) ? externalIdTaken('candidate') : isUniqueViolation(error) ? emailTaken() : error;
        }
      }
      await getMatchService(ctx.prisma).changesCommitted();
      return answer;
    },
  }),
);
