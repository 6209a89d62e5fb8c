import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import type { Job as JobRow } from '@shortlist/db/prisma';
import type { MatchFilters, MatchResult, SkillMatch } from '@shortlist/domain/matching';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { canSeeSuggestedJobs } from '../candidates/can-see-candidate.ts';
import { CandidateRef } from '../candidates/candidate.ts';
import { skillIdsFromIds, skillIdsFromNames } from '../candidates/skill-ids-of-filter.ts';
import { RemotePolicyEnum } from '../common/enums.ts';
import { canManageJobs } from '../jobs/can-see-job.ts';
import { JobRef, SkillRequirementEnum } from '../jobs/job.ts';
import { SkillRef } from '../skills/skill.ts';
import { skillTaxonomy } from '../skills/skill-taxonomy.ts';
import { createRankingCache, type RankingCache } from './create-ranking-cache.ts';
import { getMatchService, type MatchService } from './match-service.ts';
import { candidateProfileSelect } from './to-candidate-profile.ts';
import { jobProfileSelect } from './to-job-profile.ts';

/**
 * The candidate as a match reads it. Candidate is a select-mode type, so a page of suggestions loads only the columns
 * its fields ask for; these three are always added (candidateQueryFor, suggestedJobs' select).
 */
type MatchCandidate = { id: string; agencyId: string; updatedAt: Date };
type MatchShape = MatchResult & { job: JobRow; candidate: MatchCandidate };
type TaxonomySkill = { id: string; name: string; category: string; aliases: string[] };

const skillById = (id: string): TaxonomySkill => {
  const skill = skillTaxonomy.get(id)!;
  return { id: skill.id, name: skill.name, category: skill.category, aliases: [...skill.aliases] };
};

const MatchBlocker = builder.objectRef<MatchResult['blockers'][number]>('MatchBlocker').implement({
  description: 'A hard incompatibility, shown rather than hidden in a low score; blocked matches rank last.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'MISSING_MUST_HAVE, SALARY_FAR_BELOW_MINIMUM or ONSITE_FOR_REMOTE_ONLY.' }),
    message: t.exposeString('message', { description: 'The blocker in words, e.g. "Missing must-have: Kubernetes (level 3)".' }),
  }),
});

const MatchCategory = builder.objectRef<MatchResult['categories'][number]>('MatchCategory').implement({
  description: 'One category of the score: its weight in its side, its score and the sentences behind it.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The category in words, e.g. "Must-have skills", "Salary" or "Time-zone overlap".' }),
    side: t.exposeString('side', { description: 'Which score it belongs to: forward (the candidate meets the job) or reverse (the job meets their preferences).' }),
    weight: t.exposeFloat('weight', { description: "Its weight in its side's score; the weights of one side add up to 100." }),
    score: t.exposeFloat('score', { description: 'The category\'s score, 0-100.' }),
    evidence: t.exposeStringList('evidence', { description: 'The sentences behind the score, in plain words.' }),
  }),
});

const SkillCredit = builder.objectRef<NonNullable<SkillMatch['creditedBy']>>('SkillCredit').implement({
  description: "The candidate's skill that earned the credit.",
  fields: (t) => ({
    skill: t.field({ type: SkillRef, description: "The candidate's skill.", resolve: (credit) => skillById(credit.skillId) as never }),
    relation: t.exposeString('relation', { description: 'How it relates to the skill asked for: SAME, RELATED (partial credit) or IMPLIED_BY_CHILD.' }),
    level: t.exposeInt('level', { description: "The candidate's level in it, 1-5." }),
    years: t.exposeFloat('years', { description: 'Their years of use.' }),
    lastUsedYear: t.exposeInt('lastUsedYear', { nullable: true, description: 'The last year they used it; null while in use now.' }),
  }),
});

const MatchedSkill = builder.objectRef<SkillMatch>('MatchedSkill').implement({
  description: 'How far the candidate meets one skill the job asks for.',
  fields: (t) => ({
    skill: t.field({ type: SkillRef, description: 'The skill the job asks for.', resolve: (match) => skillById(match.skillId) as never }),
    requirement: t.expose('requirement', { type: SkillRequirementEnum, description: 'Must-have or nice-to-have.' }),
    requiredLevel: t.exposeInt('requiredLevel', { nullable: true, description: 'Must-haves: the minimum level, 1-5; null for a nice-to-have.' }),
    weight: t.exposeInt('weight', { nullable: true, description: 'Nice-to-haves: how much it counts, 1-5; null for a must-have.' }),
    credit: t.exposeFloat('credit', { description: 'The share of this requirement met, 0-1.' }),
    creditedBy: t.expose('creditedBy', { type: SkillCredit, nullable: true, description: "The candidate's skill that earned the credit; null when none did." }),
  }),
});

/** `first` on the explanation's skill lists: a row names a few ("Has Python, SQL; missing Go") without carrying them all. */
const FIRST_SKILLS = 'At most this many (1 to 100), from the start of the list; all when omitted.';
const headOf = <T>(list: T[], first: number | null | undefined): T[] => (first === null || first === undefined ? list : list.slice(0, first));

const MatchExplanation = builder.objectRef<MatchResult>('MatchExplanation').implement({
  description: 'Why a match scores what it does.',
  fields: (t) => ({
    forwardScore: t.exposeFloat('forwardScore', { description: 'Does the candidate meet the job? 0-100.' }),
    reverseScore: t.exposeFloat('reverseScore', { description: "Does the job meet the candidate's own preferences? 0-100." }),
    blockers: t.expose('blockers', { type: [MatchBlocker], description: 'Hard incompatibilities; empty when there are none.' }),
    categories: t.expose('categories', { type: [MatchCategory], description: 'The score per category, forward side first.' }),
    matchedSkills: t.field({
      type: [MatchedSkill],
      description: 'Skills the job asks for that the candidate fully meets; must-haves first, in the order of Job.skills.',
      args: { first: t.arg.int({ required: false, description: FIRST_SKILLS }) },
      resolve: (match, { first }) => headOf(match.matchedSkills, first),
    }),
    partialSkills: t.field({
      type: [MatchedSkill],
      description: 'Skills met in part (a lower level, or a related skill); must-haves first, in the order of Job.skills.',
      args: { first: t.arg.int({ required: false, description: FIRST_SKILLS }) },
      resolve: (match, { first }) => headOf(match.partialSkills, first),
    }),
    missingSkills: t.field({
      type: [MatchedSkill],
      description: 'Skills the candidate does not have at all; must-haves first, in the order of Job.skills.',
      args: { first: t.arg.int({ required: false, description: FIRST_SKILLS }) },
      resolve: (match, { first }) => headOf(match.missingSkills, first),
    }),
  }),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A match's ID names its pair: "<job id>:<candidate id>" inside the global ID. */
const matchIdOf = (match: { job: { id: string }; candidate: { id: string } }) => `${match.job.id}:${match.candidate.id}`;

/** The match behind an ID, scored now as the index ranks it; null when either side is missing. */
async function loadMatch(id: string, ctx: Context): Promise<MatchShape | null> {
  const [jobId, candidateId] = id.split(':');
  if (!jobId || !candidateId || !UUID.test(jobId) || !UUID.test(candidateId)) return null;
  const [job, candidate] = await Promise.all([
    ctx.prisma.job.findUnique({ where: { id: jobId }, include: { skills: jobProfileSelect.skills } }),
    ctx.prisma.candidateProfile.findUnique({ where: { id: candidateId }, include: { skills: candidateProfileSelect.skills } }),
  ]);
  if (!job || !candidate || job.agencyId !== candidate.agencyId) return null;
  const result = await getMatchService(ctx.prisma).matchOf(job, candidate);
  return { ...result, job, candidate };
}

/**
 * Whoever may see both sides as a match: the agency's staff, and the candidate for an open job of their agency
 * (what suggestedJobs shows them).
 */
const canSeeMatch = (match: MatchShape, ctx: Context) =>
  canManageJobs(ctx.viewer, match.job.agencyId) || (match.job.status === 'OPEN' && canSeeSuggestedJobs(ctx.viewer, match.candidate));

export const MatchRef = builder.node(builder.objectRef<MatchShape>('Match'), {
  description:
    "A candidate for a job, scored 0-100 (0.65 × forward + 0.35 × reverse), with its explanation. Computed when asked, never stored: node(id) scores the pair again as the ranking does now. For the agency's staff, and for the candidate when the job is open.",
  id: { resolve: matchIdOf, description: 'The pair of job and candidate, as a global ID; stable while both exist.' },
  authScopes: (match, ctx) => canSeeMatch(match, ctx),
  loadWithoutCache: (id, ctx) => loadMatch(String(id), ctx),
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'forwardScore' in value && 'job' in value && 'candidate' in value,
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'The overall score, 0-100 (one decimal): 0.65 × forwardScore + 0.35 × reverseScore.' }),
    forwardScore: t.exposeFloat('forwardScore', { description: 'Does the candidate meet the job? 0-100.' }),
    reverseScore: t.exposeFloat('reverseScore', { description: "Does the job meet the candidate's own preferences? 0-100." }),
    isBlocked: t.exposeBoolean('isBlocked', { description: 'True when a blocker (see explanation.blockers) rules the match out; blocked matches rank last.' }),
    job: t.field({ type: JobRef, description: 'The job.', resolve: (match) => match.job }),
    candidate: t.field({ type: CandidateRef, description: 'The candidate.', resolve: (match) => match.candidate }),
    explanation: t.field({ type: MatchExplanation, description: 'Why the match scores what it does.', resolve: (match) => match }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When the job or the candidate last changed, whichever is later. The score can also move with time alone (notice periods, how recently a skill was used).',
      resolve: (match) => (match.job.updatedAt > match.candidate.updatedAt ? match.job.updatedAt : match.candidate.updatedAt),
    }),
  }),
});

/** The one connection of matches: Job.suggestedCandidates and Candidate.suggestedJobs both page through it. */
const MatchConnection = builder.connectionObject(
  { type: MatchRef, name: 'MatchConnection', description: 'A page of matches, best first. No totalCount: a ranking has no cheap count (it goes at most 1,000 deep).' },
  { name: 'MatchEdge', description: 'A match in a page, with its cursor.' },
);

const MatchFilter = builder.inputType('MatchFilter', {
  description: 'Narrows suggestions by the ranked side (candidates for a job, or jobs for a candidate). Every field is optional; they combine with AND.',
  fields: (t) => ({
    remotePolicies: t.field({ type: [RemotePolicyEnum], required: false, description: "Candidates' remote preference, or jobs' remote policy: any of these." }),
    country: t.string({ required: false, description: 'Where the candidate or job is: ISO-3166 alpha-2, e.g. DE.' }),
    city: t.string({ required: false, description: 'Where the candidate or job is, together with country (at most 100 characters).' }),
    minScore: t.float({ required: false, description: 'Only matches scoring at least this, 0-100.' }),
    requiredSkillIds: t.idList({
      required: false,
      description: 'Candidates having, or jobs listing, every one of these skills, by Skill id (at most 20); an unknown id is an error. For names or aliases, use requiredSkillNames.',
    }),
    excludedSkillIds: t.idList({
      required: false,
      description: 'Candidates having, or jobs listing, none of these skills, by Skill id (at most 20); an unknown id is an error. For names or aliases, use excludedSkillNames.',
    }),
    requiredSkillNames: t.stringList({
      required: false,
      description: 'As requiredSkillIds, by name or alias as people type them ("k8s"; at most 20); an unknown name is an error naming the nearest skills.',
    }),
    excludedSkillNames: t.stringList({
      required: false,
      description: 'As excludedSkillIds, by name or alias as people type them ("k8s"; at most 20); an unknown name is an error naming the nearest skills.',
    }),
    excludeBlocked: t.boolean({ required: false, description: 'Leave blocked matches out (by default they rank last).' }),
  }),
  validate: z.looseObject({
    country: z.string().regex(/^[A-Za-z]{2}$/, 'Country is a two-letter ISO code, like DE.').nullish(),
    city: z.string().max(100, 'City is at most 100 characters.').nullish(),
    minScore: z.number().min(0, 'minScore is from 0 to 100.').max(100, 'minScore is from 0 to 100.').nullish(),
    requiredSkillIds: z.array(z.string()).max(20, 'At most 20 skills.').nullish(),
    excludedSkillIds: z.array(z.string()).max(20, 'At most 20 skills.').nullish(),
    requiredSkillNames: z.array(z.string()).max(20, 'At most 20 skills.').nullish(),
    excludedSkillNames: z.array(z.string()).max(20, 'At most 20 skills.').nullish(),
  }),
});

type MatchFilterInput = {
  remotePolicies?: Array<'ONSITE' | 'HYBRID' | 'REMOTE'> | null;
  country?: string | null;
  city?: string | null;
  minScore?: number | null;
  requiredSkillIds?: Array<string | number> | null;
  excludedSkillIds?: Array<string | number> | null;
  requiredSkillNames?: string[] | null;
  excludedSkillNames?: string[] | null;
  excludeBlocked?: boolean | null;
};

function toMatchFilters(filter: MatchFilterInput | null | undefined): MatchFilters {
  if (!filter) return {};
  if (filter.city && !filter.country) throw new GraphQLError('Filter by city together with its country.', { extensions: { code: 'BAD_USER_INPUT' } });
  const filters: MatchFilters = {};
  if (filter.remotePolicies?.length) filters.remotePolicies = filter.remotePolicies;
  if (filter.country) filters.location = filter.city ? { country: filter.country.toUpperCase(), city: filter.city } : { country: filter.country.toUpperCase() };
  if (filter.minScore != null) filters.minScore = filter.minScore;
  const required = [...skillIdsFromIds(filter.requiredSkillIds, 'requiredSkillNames'), ...skillIdsFromNames(filter.requiredSkillNames)];
  const excluded = [...skillIdsFromIds(filter.excludedSkillIds, 'excludedSkillNames'), ...skillIdsFromNames(filter.excludedSkillNames)];
  if (required.length) filters.requiredSkillIds = [...new Set(required)];
  if (excluded.length) filters.excludedSkillIds = [...new Set(excluded)];
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

/** The page's candidates with what their fields select, and what Match itself reads of them (MatchCandidate). */
const candidateQueryFor = (ctx: Context, info: GraphQLResolveInfo) => {
  const query = queryFor(ctx, info, 'Candidate', 'candidate') as { select?: Record<string, unknown> };
  return query.select ? { ...query, select: { ...query.select, id: true, agencyId: true, updatedAt: true } } : query;
};

builder.prismaObjectField(JobRef, 'suggestedCandidates', (t) =>
  t.connection(
    {
      type: MatchRef,
      nullable: true,
      description: "The agency's candidates ranked for this job, best first (blocked matches last). Staff of the agency only.",
      authScopes: (job, _args, ctx) => canManageJobs(ctx.viewer, job.agencyId),
      args: { filter: t.arg({ type: MatchFilter, required: false, description: 'Narrows the candidates; left out: all of them.' }) },
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
              ctx.prisma.candidateProfile.findMany({ ...candidateQueryFor(ctx, info), where: { ...where, agencyId: job.agencyId } }),
            );
            return results.flatMap((r) => {
              const candidate = rows.get(r.candidateId);
              return candidate ? [{ ...r, job, candidate }] : [];
            });
          },
        );
      },
    },
    MatchConnection,
  ),
);

builder.prismaObjectField(CandidateRef, 'suggestedJobs', (t) =>
  t.connection(
    {
      type: MatchRef,
      nullable: true,
      description: "The agency's open jobs ranked for this candidate, best first. Staff of the agency and the candidate.",
      authScopes: (candidate, _args, ctx) => canSeeSuggestedJobs(ctx.viewer, candidate),
      args: { filter: t.arg({ type: MatchFilter, required: false, description: 'Narrows the jobs; left out: all open jobs.' }) },
      // The candidate as the engine ranks them comes with the candidate's own query (and what Match reads of them).
      select: { ...candidateProfileSelect, updatedAt: true },
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
    MatchConnection,
  ),
);
