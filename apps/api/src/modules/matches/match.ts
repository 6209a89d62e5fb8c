import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import type { CandidateProfile as CandidateRow, Job as JobRow } from '@shortlist/db/prisma';
import type { MatchFilters, MatchResult, SkillMatch } from '@shortlist/domain/matching';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { canSeeSuggestedJobs } from '../candidates/can-see-candidate.ts';
import { CandidateRef, resolveSkillFilter } from '../candidates/candidate.ts';
import { RemotePolicyEnum } from '../common/enums.ts';
import { canManageJobs } from '../jobs/can-see-job.ts';
import { JobRef, SkillRequirementEnum } from '../jobs/job.ts';
import { SkillRef } from '../skills/skill.ts';
import { skillTaxonomy } from '../skills/skill-taxonomy.ts';
import { createRankingCache, type RankingCache } from './create-ranking-cache.ts';
import { getMatchService, type MatchService } from './match-service.ts';
import { candidateProfileSelect } from './to-candidate-profile.ts';
import { jobProfileSelect } from './to-job-profile.ts';

type MatchShape = MatchResult & { job: JobRow; candidate: CandidateRow };
type TaxonomySkill = { id: string; name: string; category: string; aliases: string[] };

const skillById = (id: string): TaxonomySkill => {
  const skill = skillTaxonomy.get(id)!;
  return { id: skill.id, name: skill.name, category: skill.category, aliases: [...skill.aliases] };
};

const MatchBlocker = builder.objectRef<MatchResult['blockers'][number]>('MatchBlocker').implement({
  description: 'A hard incompatibility, shown rather than hidden in a low score; blocked matches rank last.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'MISSING_MUST_HAVE, SALARY_FAR_BELOW_MINIMUM or ONSITE_FOR_REMOTE_ONLY.' }),
    message: t.exposeString('message'),
  }),
});

const MatchCategory = builder.objectRef<MatchResult['categories'][number]>('MatchCategory').implement({
  description: 'One category of the score: its weight in its side, its score and the sentences behind it.',
  fields: (t) => ({
    name: t.exposeString('name'),
    side: t.exposeString('side', { description: 'forward (the candidate meets the job) or reverse (the job meets their preferences).' }),
    weight: t.exposeFloat('weight'),
    score: t.exposeFloat('score', { description: '0-100.' }),
    evidence: t.exposeStringList('evidence'),
  }),
});

const SkillCredit = builder.objectRef<NonNullable<SkillMatch['creditedBy']>>('SkillCredit').implement({
  description: "The candidate's skill that earned the credit.",
  fields: (t) => ({
    skill: t.field({ type: SkillRef, resolve: (credit) => skillById(credit.skillId) as never }),
    relation: t.exposeString('relation', { description: 'SAME, RELATED or IMPLIED_BY_CHILD.' }),
    level: t.exposeInt('level'),
    years: t.exposeFloat('years'),
    lastUsedYear: t.exposeInt('lastUsedYear', { nullable: true }),
  }),
});

const MatchedSkill = builder.objectRef<SkillMatch>('MatchedSkill').implement({
  description: 'How far the candidate meets one skill the job asks for.',
  fields: (t) => ({
    skill: t.field({ type: SkillRef, resolve: (match) => skillById(match.skillId) as never }),
    requirement: t.expose('requirement', { type: SkillRequirementEnum }),
    requiredLevel: t.exposeInt('requiredLevel', { nullable: true }),
    weight: t.exposeInt('weight', { nullable: true }),
    credit: t.exposeFloat('credit', { description: '0-1: the share of this requirement met.' }),
    creditedBy: t.expose('creditedBy', { type: SkillCredit, nullable: true }),
  }),
});

const MatchExplanation = builder.objectRef<MatchResult>('MatchExplanation').implement({
  description: 'Why a match scores what it does.',
  fields: (t) => ({
    forwardScore: t.exposeFloat('forwardScore'),
    reverseScore: t.exposeFloat('reverseScore'),
    blockers: t.expose('blockers', { type: [MatchBlocker] }),
    categories: t.expose('categories', { type: [MatchCategory] }),
    matchedSkills: t.expose('matchedSkills', { type: [MatchedSkill] }),
    partialSkills: t.expose('partialSkills', { type: [MatchedSkill] }),
    missingSkills: t.expose('missingSkills', { type: [MatchedSkill] }),
  }),
});

export const MatchRef = builder.objectRef<MatchShape>('Match').implement({
  description: 'A candidate for a job, scored 0-100 (0.65 × forward + 0.35 × reverse), with its explanation.',
  fields: (t) => ({
    score: t.exposeFloat('score'),
    forwardScore: t.exposeFloat('forwardScore'),
    reverseScore: t.exposeFloat('reverseScore'),
    isBlocked: t.exposeBoolean('isBlocked'),
    job: t.field({ type: JobRef, resolve: (match) => match.job }),
    candidate: t.field({ type: CandidateRef, resolve: (match) => match.candidate }),
    explanation: t.field({ type: MatchExplanation, resolve: (match) => match }),
  }),
});

const MatchFilter = builder.inputType('MatchFilter', {
  description: 'Narrows suggestions by the ranked side (candidates for a job, or jobs for a candidate).',
  fields: (t) => ({
    remotePolicies: t.field({ type: [RemotePolicyEnum], required: false, description: "Candidates' remote preference, or jobs' remote policy." }),
    country: t.string({ required: false, description: 'Where the candidate or job is: ISO-3166 alpha-2.' }),
    city: t.string({ required: false, description: 'Together with country.' }),
    minScore: t.float({ required: false }),
    requiredSkillIds: t.stringList({ required: false, description: 'Candidates having, or jobs listing, every one of these skills.' }),
    excludedSkillIds: t.stringList({ required: false, description: 'Candidates having, or jobs listing, none of these skills.' }),
    excludeBlocked: t.boolean({ required: false, description: 'Leave blocked matches out (by default they rank last).' }),
  }),
  validate: z.looseObject({
    country: z.string().regex(/^[A-Za-z]{2}$/, 'Country is a two-letter ISO code, like DE.').nullish(),
    city: z.string().max(100, 'City is at most 100 characters.').nullish(),
    minScore: z.number().min(0, 'minScore is from 0 to 100.').max(100, 'minScore is from 0 to 100.').nullish(),
    requiredSkillIds: z.array(z.string()).max(20, 'At most 20 skills.').nullish(),
    excludedSkillIds: z.array(z.string()).max(20, 'At most 20 skills.').nullish(),
  }),
});

type MatchFilterInput = {
  remotePolicies?: Array<'ONSITE' | 'HYBRID' | 'REMOTE'> | null;
  country?: string | null;
  city?: string | null;
  minScore?: number | null;
  requiredSkillIds?: string[] | null;
  excludedSkillIds?: string[] | null;
  excludeBlocked?: boolean | null;
};

function toMatchFilters(filter: MatchFilterInput | null | undefined): MatchFilters {
  if (!filter) return {};
  if (filter.city && !filter.country) throw new GraphQLError('Filter by city together with its country.', { extensions: { code: 'BAD_USER_INPUT' } });
  const filters: MatchFilters = {};
  if (filter.remotePolicies?.length) filters.remotePolicies = filter.remotePolicies;
  if (filter.country) filters.location = filter.city ? { country: filter.country.toUpperCase(), city: filter.city } : { country: filter.country.toUpperCase() };
  if (filter.minScore != null) filters.minScore = filter.minScore;
  if (filter.requiredSkillIds?.length) filters.requiredSkillIds = resolveSkillFilter(filter.requiredSkillIds);
  if (filter.excludedSkillIds?.length) filters.excludedSkillIds = resolveSkillFilter(filter.excludedSkillIds);
  if (filter.excludeBlocked) filters.excludeBlocked = true;
  return filters;
}

/** The index ranks at most this many; deeper pages are not a use case for suggestions. */
const MAX_RANK = 1000;

async function rankedPage(
  args: { first?: number | null; after?: string | null },
  rank: (k: number) => Promise<MatchResult[]>,
  toMatches: (results: MatchResult[]) => Promise<MatchShape[]>,
) {
  return resolveOffsetConnection({ args }, async ({ offset, limit }) => {
    if (offset + limit > MAX_RANK + 1) throw new GraphQLError(`Suggestions go ${MAX_RANK} deep.`, { extensions: { code: 'BAD_USER_INPUT' } });
    const results = (await rank(offset + limit)).slice(offset);
    return toMatches(results);
  });
}

/** Rows of the other side for the winners, in ONE query with what the client selected under edges.node.<field>. */
async function loadInRankOrder<T extends { id: string }>(
  ids: string[],
  load: (where: { id: { in: string[] } }) => Promise<T[]>,
): Promise<Map<string, T>> {
  if (ids.length === 0) return new Map();
  const rows = await load({ id: { in: ids } });
  return new Map(rows.map((row) => [row.id, row]));
}

const rankingCaches = new WeakMap<MatchService, RankingCache>();

/** The service's rankings, each computed once per index position and minute (see createRankingCache). */
function cachedRanking(service: MatchService, key: unknown, rank: () => Promise<MatchResult[]>): Promise<MatchResult[]> {
  let cache = rankingCaches.get(service);
  if (!cache) {
    cache = createRankingCache();
    rankingCaches.set(service, cache);
  }
  // Read before ranking: should the index move meanwhile, the entry holds a newer ranking, never an older one.
  return cache.get(service.position, JSON.stringify(key), rank);
}

/** The fields of a row the engine ranks by (the parent row also carries whatever else the query selected). */
const rankedFields = (row: Record<string, unknown>, select: Record<string, unknown>) => Object.keys(select).map((field) => row[field]);

const queryFor = (ctx: Context, info: GraphQLResolveInfo, typeName: string, field: string) =>
  queryFromInfo({ context: ctx, info, typeName, path: ['edges', 'node', field] });

builder.prismaObjectField(JobRef, 'suggestedCandidates', (t) =>
  t.connection(
    {
      type: MatchRef,
      nullable: true,
      description: "The agency's candidates ranked for this job, best first (blocked matches last). Staff of the agency only.",
      authScopes: (job, _args, ctx) => canManageJobs(ctx.viewer, job.agencyId),
      args: { filter: t.arg({ type: MatchFilter, required: false }) },
      // The job as the engine ranks it comes with the job's own query, not a second one.
      select: jobProfileSelect,
      resolve: async (job, args, ctx, info) => {
        const filters = toMatchFilters(args.filter);
        return rankedPage(
          args,
          (k) => {
            const service = getMatchService(ctx.prisma);
            return cachedRanking(service, ['candidatesForJob', rankedFields(job, jobProfileSelect), k, filters], () => service.topCandidatesForJob(job, k, filters));
          },
          async (results) => {
            const rows = await loadInRankOrder(results.map((r) => r.candidateId), (where) =>
              ctx.prisma.candidateProfile.findMany({ ...queryFor(ctx, info, 'Candidate', 'candidate'), where: { ...where, agencyId: job.agencyId } }),
            );
            return results.flatMap((r) => {
              const candidate = rows.get(r.candidateId);
              return candidate ? [{ ...r, job, candidate }] : [];
            });
          },
        );
      },
    },
    { name: 'JobSuggestedCandidatesConnection' },
    { name: 'JobSuggestedCandidatesEdge' },
  ),
);

builder.prismaObjectField(CandidateRef, 'suggestedJobs', (t) =>
  t.connection(
    {
      type: MatchRef,
      nullable: true,
      description: "The agency's open jobs ranked for this candidate, best first. Staff of the agency and the candidate.",
      authScopes: (candidate, _args, ctx) => canSeeSuggestedJobs(ctx.viewer, candidate),
      args: { filter: t.arg({ type: MatchFilter, required: false }) },
      // The candidate as the engine ranks them comes with the candidate's own query.
      select: candidateProfileSelect,
      resolve: async (candidate, args, ctx, info) => {
        const filters = toMatchFilters(args.filter);
        return rankedPage(
          args,
          (k) => {
            const service = getMatchService(ctx.prisma);
            return cachedRanking(service, ['jobsForCandidate', rankedFields(candidate, candidateProfileSelect), k, filters], () => service.topJobsForCandidate(candidate, k, filters));
          },
          async (results) => {
            const rows = await loadInRankOrder(results.map((r) => r.jobId), (where) =>
              ctx.prisma.job.findMany({ ...queryFor(ctx, info, 'Job', 'job'), where: { ...where, agencyId: candidate.agencyId, status: 'OPEN' } }),
            );
            return results.flatMap((r) => {
              const job = rows.get(r.jobId);
              return job ? [{ ...r, job, candidate }] : [];
            });
          },
        );
      },
    },
    { name: 'CandidateSuggestedJobsConnection' },
    { name: 'CandidateSuggestedJobsEdge' },
  ),
);
