import { pathToFileURL } from 'node:url';
import { applyMigrations } from '../migrations/apply-migrations.ts';
import { databaseOptionsFromEnv, openDatabase } from '../open-database.ts';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { EmploymentType, RemotePolicy, Seniority } from '../generated/prisma/enums.ts';
import { makeJobSlug } from '@shortlist/domain/jobs';
import { buildTaxonomy } from '@shortlist/domain/matching';
import { DAY, createRandom, seedUuid, startOfUtcDay, type Random } from './create-random.ts';
import {
  ARCHETYPES,
  CITIES,
  FIRST_NAMES,
  LAST_NAMES,
  REMOTE_POLICY_WEIGHTS,
  SENIORITY_MIN_YEARS,
  SENIORITY_PAY,
  SENIORITY_PREFIX,
  seniorityForYears,
} from './demo-data.ts';
import { insertRows } from './insert-rows.ts';
import { createScalePipeline, type ScaleCandidate, type ScaleJob } from './seed-scale-pipeline.ts';
import { SCALE_LOGINS, SCALE_PASSWORD, seedScaleLogins } from './seed-scale-logins.ts';
import { seedSkills, taxonomyData } from './seed-skills.ts';

export const SCALE_USAGE = 'usage: npm run seed:scale -- [--candidates N] [--jobs N] [--seed N]   (defaults: 10000 candidates, 2000 jobs, seed 1)';
const BATCH_SIZE = 2_500;
const MAX_ROWS = 5_000_000;

export interface ScaleOptions {
  candidates: number;
  jobs: number;
  seed: number;
  /** Times are offsets from this day (default: today); ids and everything else depend only on `seed`. */
  now?: Date;
  onProgress?: (line: string) => void;
}

export interface ScaleSummary {
  agencyId: string;
  /** Rows inserted by this run; rows a previous run with the same seed made are kept, not duplicated. */
  skills: number;
  jobs: number;
  jobSkills: number;
  candidates: number;
  candidateSkills: number;
  /** The recruiter and admin accounts created (0 when a previous run made them). */
  logins: number;
  /** The pipeline: proposals (about 0.3 per candidate), their interviews and their history. */
  proposals: number;
  interviews: number;
  activityEvents: number;
}

export class ScaleUsageError extends Error {
  override name = 'ScaleUsageError';
}

/** Reads `--candidates N --jobs N --seed N` (also `--name=N`); throws ScaleUsageError naming the bad argument. */
export function parseScaleArgs(argv: readonly string[]): { candidates: number; jobs: number; seed: number } {
  const options = { candidates: 10_000, jobs: 2_000, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const name = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !(name in options)) throw new ScaleUsageError(`unknown argument "${argv[i]}"`);
    const text = inline ?? argv[++i];
    if (text === undefined) throw new ScaleUsageError(`${flag} needs a number`);
    const value = Number(text.replace(/_/g, ''));
    const min = name === 'seed' ? 0 : 1;
    if (!/^\d[\d_]*$/.test(text) || !Number.isSafeInteger(value) || value < min || (name !== 'seed' && value > MAX_ROWS)) {
      throw new ScaleUsageError(`${flag} must be a whole number${name === 'seed' ? '' : ` from 1 to ${MAX_ROWS.toLocaleString('en-US')}`}, got "${text}"`);
    }
    options[name as keyof typeof options] = value;
  }
  return options;
}

/**
 * Fills a "Scale Agency" with many jobs and candidates for load and ranking tests: the taxonomy when it is
 * missing, one client company, `jobs` jobs and `candidates` candidates with 5–25 skills, and a year of pipeline on
 * them (some 0.3 proposals per candidate with their interviews and history, see createScalePipeline), which the
 * insight numbers and the job pages read. Inserts in batches, each its own transaction holding a batch's candidates
 * and their proposals; the same seed gives the same rows (on the same day: times are offsets from it), and running
 * it again inserts nothing new. A recruiter and an admin (SCALE_LOGINS, password SCALE_PASSWORD) let someone sign in
 * and look at the rankings.
 */
export async function seedScale(prisma: PrismaClient, options: ScaleOptions): Promise<ScaleSummary> {
  const progress = options.onProgress ?? (() => {});
  const day0 = startOfUtcDay(options.now ?? new Date());
  const random = createRandom(options.seed);
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  const skills = (await prisma.skill.count()) < taxonomyData.skills.length ? (await prisma.$transaction((tx) => seedSkills(tx), BULK_TRANSACTION)).skills : 0;
  const agency = await prisma.agency.upsert({ where: { slug: 'scale' }, update: {}, create: { id: seedUuid('scale', 'agency'), name: 'Scale Agency', slug: 'scale' } });
  const company = await prisma.clientCompany.upsert({
    where: { agencyId_name: { agencyId: agency.id, name: 'Scale Client Co' } },
    update: {},
    create: { id: seedUuid('scale', 'client-company'), agencyId: agency.id, name: 'Scale Client Co', industry: 'Load testing', city: 'London', country: 'GB' },
  });
  const logins = await seedScaleLogins(prisma, agency.id);
  progress(`skills ready (${skills} inserted); agency "${agency.name}", its logins and client "${company.name}" ready (${elapsed()})`);

  // These rows go in past the change log: a match index snapshot of the agency would not know them, so it goes now,
  // and the next API start builds the agency from its rows (and writes a new one).
  await prisma.matchIndexSnapshot.deleteMany({ where: { agencyId: agency.id } });

  const summary: ScaleSummary = { agencyId: agency.id, skills, jobs: 0, jobSkills: 0, candidates: 0, candidateSkills: 0, logins, proposals: 0, interviews: 0, activityEvents: 0 };
  const scaleJobs: ScaleJob[] = [];
  const allSkillIds = taxonomyData.skills.map((s) => s.id);
  for (let start = 0; start < options.jobs; start += BATCH_SIZE) {
    const batch = random.fork(`jobs:${start}`);
    const jobs: Prisma.JobCreateManyInput[] = [];
    const jobSkills: Prisma.JobSkillCreateManyInput[] = [];
    for (let i = start; i < Math.min(options.jobs, start + BATCH_SIZE); i++) {
      const built = buildScaleJob(batch, day0, options.seed, i, agency.id, company.id);
      jobs.push(built.job);
      jobSkills.push(...built.skills);
      scaleJobs.push({ index: i, row: built.job, skills: built.skills, archetypeKey: built.archetypeKey, stackKey: built.stackKey });
    }
    await prisma.$transaction(async (tx) => {
      summary.jobs += await insertRows(tx, 'Job', jobs, { skipDuplicates: true });
      summary.jobSkills += await insertRows(tx, 'JobSkill', jobSkills, { skipDuplicates: true });
    }, BULK_TRANSACTION);
    progress(`jobs ${Math.min(options.jobs, start + BATCH_SIZE).toLocaleString('en-US')} / ${options.jobs.toLocaleString('en-US')} (${elapsed()})`);
  }
  // Proposed by the recruiter mostly, by the admin now and then.
  const staff = await prisma.user.findMany({
    where: { agencyId: agency.id, email: { in: SCALE_LOGINS.map((login) => login.email) } },
    select: { id: true, name: true, role: true },
    orderBy: [{ role: 'desc' }, { email: 'asc' }],
  });
  staff.sort((a, b) => Number(b.role === 'RECRUITER') - Number(a.role === 'RECRUITER'));
  const pipeline = createScalePipeline({ seed: options.seed, day0, agencyId: agency.id, companyName: company.name, staff, taxonomy: buildTaxonomy(taxonomyData), jobs: scaleJobs });
  for (let start = 0; start < options.candidates; start += BATCH_SIZE) {
    const batch = random.fork(`candidates:${start}`);
    const candidates: Prisma.CandidateProfileCreateManyInput[] = [];
    const candidateSkills: Prisma.CandidateSkillCreateManyInput[] = [];
    const scaleCandidates: ScaleCandidate[] = [];
    for (let i = start; i < Math.min(options.candidates, start + BATCH_SIZE); i++) {
      const built = buildScaleCandidate(batch, day0, options.seed, i, agency.id, allSkillIds);
      candidates.push(built.candidate);
      candidateSkills.push(...built.skills);
      scaleCandidates.push({ index: i, row: built.candidate, skills: built.skills, archetypeKey: built.archetypeKey, stackKey: built.stackKey, firstName: built.firstName });
    }
    // Its own stream: the candidates above are the same as before the pipeline existed.
    const rows = pipeline.build(random.fork(`proposals:${start}`), scaleCandidates);
    await prisma.$transaction(async (tx) => {
      summary.candidates += await insertRows(tx, 'CandidateProfile', candidates, { skipDuplicates: true });
      summary.candidateSkills += await insertRows(tx, 'CandidateSkill', candidateSkills, { skipDuplicates: true });
      summary.proposals += await insertRows(tx, 'Proposal', rows.proposals, { skipDuplicates: true });
      summary.interviews += await insertRows(tx, 'Interview', rows.interviews, { skipDuplicates: true });
      summary.activityEvents += await insertRows(tx, 'ActivityEvent', rows.events, { skipDuplicates: true });
    }, BULK_TRANSACTION);
    progress(`candidates ${Math.min(options.candidates, start + BATCH_SIZE).toLocaleString('en-US')} / ${options.candidates.toLocaleString('en-US')}, ${summary.proposals.toLocaleString('en-US')} proposals inserted (${elapsed()})`);
  }
  // Also when this run inserted nothing: a previous run may have stopped before getting here. VACUUM as well as
  // ANALYZE: the pages just written are not yet marked all-visible, so every read checks each row's visibility (and an
  // index-only scan visits the table) until autovacuum gets there, which a database in use has long since done; at
  // 100k the insight statements took up to twice the CPU before it. VACUUM runs outside a transaction, as here.
  await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) ${SCALE_TABLES.map((table) => `"${table}"`).join(', ')}`);
  progress(`statistics refreshed (ANALYZE) and pages marked all-visible (VACUUM) (${elapsed()})`);
  return summary;
}

/** The tables a scale run fills, whose planner statistics are stale after it. */
const SCALE_TABLES = ['Skill', 'SkillLink', 'ClientCompany', 'User', 'Job', 'JobSkill', 'CandidateProfile', 'CandidateSkill', 'Proposal', 'Interview', 'ActivityEvent'];

// A batch is a few large statements; Prisma's default 5 s for an interactive transaction ran out on a loaded machine.
const BULK_TRANSACTION = { maxWait: 30_000, timeout: 120_000 };

const SENIORITIES: ReadonlyArray<readonly [Seniority, number]> = [['JUNIOR', 15], ['MID', 35], ['SENIOR', 30], ['LEAD', 15], ['PRINCIPAL', 5]];

function buildScaleJob(random: Random, day0: Date, seed: number, index: number, agencyId: string, clientCompanyId: string) {
  const id = seedUuid('scale', seed, 'job', index);
  const archetype = random.weighted(ARCHETYPES.map((a) => [a, a.weight] as const));
  const stack = random.pick(archetype.stacks);
  const city = random.pick(CITIES);
  const seniority = random.weighted(SENIORITIES);
  const mustHave = [stack.skills[0]!, ...random.sample(stack.skills.slice(1, 5), random.int(1, 3))];
  const niceToHave = random.sample([...stack.skills.slice(5), ...archetype.shared].filter((s) => !mustHave.includes(s)), random.int(2, 5));
  const pay = archetype.seniorPayUsd * SENIORITY_PAY[seniority] * city.payFactor;
  const remotePolicy: RemotePolicy = random.weighted(REMOTE_POLICY_WEIGHTS);
  const createdAt = new Date(day0.getTime() - random.int(1, 365) * DAY);
  const title = `${SENIORITY_PREFIX[seniority]}${stack.title}${stack.name ? ` (${stack.name})` : ''}`;
  const job: Prisma.JobCreateManyInput = {
    id,
    slug: makeJobSlug({ id, title, city: city.city }),
    agencyId,
    clientCompanyId,
    title,
    description: `A ${archetype.key} role to ${archetype.mission}.`,
    status: random.chance(0.85) ? 'OPEN' : random.pick(['DRAFT', 'ON_HOLD', 'FILLED', 'CLOSED'] as const),
    seniority,
    minYearsExperience: SENIORITY_MIN_YEARS[seniority],
    salaryMin: Math.round((pay * 0.9) / 1000) * 1000,
    salaryMax: Math.round((pay * 1.2) / 1000) * 1000,
    currency: city.currency,
    remotePolicy,
    city: city.city,
    country: city.country,
    timeZone: city.timeZone,
    minTimeZoneOverlapHours: remotePolicy === 'REMOTE' && random.chance(0.3) ? 4 : null,
    employmentType: 'FULL_TIME',
    openings: random.int(1, 3),
    publishedAt: createdAt,
    createdAt,
    updatedAt: createdAt,
  };
  const skills: Prisma.JobSkillCreateManyInput[] = [
    ...mustHave.map((skillId) => ({ jobId: id, skillId, requirement: 'MUST_HAVE' as const, minLevel: random.int(2, 4), weight: null })),
    ...niceToHave.map((skillId) => ({ jobId: id, skillId, requirement: 'NICE_TO_HAVE' as const, minLevel: null, weight: random.int(1, 5) })),
  ];
  return { job, skills, archetypeKey: archetype.key, stackKey: stackKeyOf(archetype.key, stack) };
}

/** A stack's name within its family ("backend:Go"): recruiters propose a candidate for jobs of their own stack. */
function stackKeyOf(archetypeKey: string, stack: { name: string | null; title: string }): string {
  return `${archetypeKey}:${stack.name ?? stack.title}`;
}

function buildScaleCandidate(random: Random, day0: Date, seed: number, index: number, agencyId: string, allSkillIds: string[]) {
  const id = seedUuid('scale', seed, 'candidate', index);
  const archetype = random.weighted(ARCHETYPES.map((a) => [a, a.weight] as const));
  const stack = random.pick(archetype.stacks);
  const city = random.pick(CITIES);
  const years = random.int(0, 25);
  const seniority = seniorityForYears(years);
  const wanted = random.int(5, 25);
  // The stack and the family first, then anything from the taxonomy: real profiles list stray skills too.
  const ids = new Set([...stack.skills.slice(0, 3), ...random.sample([...stack.skills.slice(3), ...archetype.shared], wanted - 3)]);
  while (ids.size < wanted) ids.add(random.pick(allSkillIds));
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const createdAt = new Date(day0.getTime() - random.int(1, 730) * DAY);
  const employmentTypes: EmploymentType[] = random.chance(0.8) ? ['FULL_TIME'] : ['FULL_TIME', 'CONTRACT'];
  const candidate: Prisma.CandidateProfileCreateManyInput = {
    id,
    agencyId,
    userId: null,
    fullName: `${firstName} ${lastName}`,
    email: `scale.${seed}.${index}@example.com`,
    headline: `${SENIORITY_PREFIX[seniority]}${stack.title}`,
    yearsExperience: years,
    seniority,
    city: city.city,
    country: city.country,
    timeZone: city.timeZone,
    minSalary: Math.round((archetype.seniorPayUsd * SENIORITY_PAY[seniority] * city.payFactor * (0.8 + random.next() * 0.2)) / 1000) * 1000,
    salaryCurrency: city.currency,
    remotePreference: random.weighted(REMOTE_POLICY_WEIGHTS),
    preferredLocations: [city.city],
    willingToRelocate: random.chance(0.2),
    employmentTypes,
    noticePeriodDays: random.pick([0, 14, 30, 60, 90]),
    targetOpportunities: 3,
    createdAt,
    updatedAt: createdAt,
  };
  const nowYear = day0.getUTCFullYear();
  const skills: Prisma.CandidateSkillCreateManyInput[] = [...ids].map((skillId, i) => ({
    candidateId: id,
    skillId,
    level: Math.min(5, Math.max(1, Math.round(1 + years / 5 + (i < 3 ? 1 : 0) + random.next() - 0.5))),
    years: Math.max(0.5, Math.round(years * random.next() * 2) / 2),
    lastUsedYear: i >= 3 && years > 3 && random.chance(0.2) ? nowYear - random.int(1, 5) : null,
  }));
  return { candidate, skills, archetypeKey: archetype.key, stackKey: stackKeyOf(archetype.key, stack), firstName };
}

async function main(argv: readonly string[]) {
  let options: ReturnType<typeof parseScaleArgs>;
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      console.log(SCALE_USAGE);
      return 0;
    }
    options = parseScaleArgs(argv);
  } catch (error) {
    if (!(error instanceof ScaleUsageError)) throw error;
    console.error(`seed:scale: ${error.message}\n${SCALE_USAGE}`);
    return 2;
  }
  const db = await openDatabase(databaseOptionsFromEnv());
  try {
    console.log(`seed:scale into ${db.description}: ${options.candidates.toLocaleString('en-US')} candidates, ${options.jobs.toLocaleString('en-US')} jobs, seed ${options.seed}`);
    const migrations = await applyMigrations(db.sql);
    if (migrations.applied.length > 0) console.log(`applied migrations: ${migrations.applied.join(', ')}`);
    const summary = await seedScale(db.prisma, { ...options, onProgress: (line) => console.log(line) });
    console.log(
      `done: inserted ${summary.jobs} jobs, ${summary.candidates} candidates, ${summary.candidateSkills} candidate skills, ` +
        `${summary.proposals} proposals, ${summary.interviews} interviews, ${summary.activityEvents} history events`,
    );
    console.log(`\nSign in to look at the Scale Agency's rankings (password: ${SCALE_PASSWORD}${summary.logins === 0 ? ', unless changed since they were created' : ''}):`);
    for (const login of SCALE_LOGINS) console.log(`  ${login.email.padEnd(24)} ${login.what}`);
    return 0;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`seed:scale failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
