import { buildTaxonomy } from '@shortlist/domain/matching';
import { hashPassword } from '../auth/hash-password.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { buildDemoCandidates } from './build-demo-candidates.ts';
import { buildDemoJobs } from './build-demo-jobs.ts';
import { buildDemoOrganisations } from './build-demo-organisations.ts';
import { buildDemoPipeline } from './build-demo-pipeline.ts';
import { createRandom, startOfUtcDay } from './create-random.ts';
import { analyzeTables } from './analyze-tables.ts';
import { insertRows, type RowsByTable } from './insert-rows.ts';
import { seedSkills, taxonomyData } from './seed-skills.ts';

/** The password of every demo login (shared/PRODUCT.md). */
export const DEMO_PASSWORD = 'shortlist';
const DEMO_SEED = 20_240_601;

export interface SeedOptions {
  /** Seeded times are offsets from the start of this instant's UTC day. */
  now: Date;
}

/** Rows inserted per table. */
export interface SeedSummary {
  agencies: number;
  cancellationPolicies: number;
  users: number;
  skills: number;
  skillLinks: number;
  clientCompanies: number;
  clientContacts: number;
  jobs: number;
  jobSkills: number;
  candidates: number;
  candidateSkills: number;
  candidateExperiences: number;
  proposals: number;
  interviewSlots: number;
  interviews: number;
  activityEvents: number;
  notifications: number;
}

/**
 * Seeds the demo world: two agencies, their staff and demo logins, clients, jobs, candidates and a pipeline
 * with every proposal and interview state. Deterministic for a given UTC day of `now`; all or nothing.
 */
export async function seedDemo(prisma: PrismaClient, { now }: SeedOptions): Promise<SeedSummary> {
  const day0 = startOfUtcDay(now);
  const random = createRandom(DEMO_SEED);
  const taxonomy = buildTaxonomy(taxonomyData);
  const skillName = (id: string) => taxonomy.get(id)?.name ?? id;
  // scrypt is slow on purpose: hash once, for every demo login, on libuv's thread while the rows are built.
  const hashing = hashPassword(DEMO_PASSWORD);

  const orgs = buildDemoOrganisations(day0);
  const jobs = buildDemoJobs(random.fork('jobs'), day0, orgs, skillName);
  const candidates = buildDemoCandidates(random.fork('candidates'), day0, orgs, skillName);
  const staffNames = new Map(orgs.users.map((u) => [u.id!, u.name]));
  const pipeline = buildDemoPipeline(random.fork('pipeline'), day0, orgs, jobs.list, candidates.list, taxonomy, staffNames);
  const passwordHash = await hashing;
  const users = [...orgs.users, ...pipeline.candidateUsers].map((user) => ({ ...user, passwordHash }));

  const filled = new Set<string>(['Skill', 'SkillLink']);
  const summary = await prisma.$transaction(
    async (tx) => {
      const skills = await seedSkills(tx);
      const insert = <T extends keyof RowsByTable>(table: T, rows: ReadonlyArray<RowsByTable[T]>) => {
        filled.add(table);
        return insertRows(tx, table, rows);
      };
      return {
        agencies: await insert('Agency', orgs.agencies),
        cancellationPolicies: await insert('CancellationPolicy', orgs.policies),
        users: await insert('User', users),
        skills: skills.skills,
        skillLinks: skills.skillLinks,
        clientCompanies: await insert('ClientCompany', orgs.companies),
        clientContacts: await insert('ClientContact', orgs.contacts),
        jobs: await insert('Job', jobs.jobs),
        jobSkills: await insert('JobSkill', jobs.jobSkills),
        candidates: await insert('CandidateProfile', candidates.list.map((c) => c.row)),
        candidateSkills: await insert('CandidateSkill', candidates.candidateSkills),
        candidateExperiences: await insert('CandidateExperience', candidates.experiences),
        proposals: await insert('Proposal', pipeline.proposals),
        interviewSlots: await insert('InterviewSlot', pipeline.slots),
        // Replaced interviews come before their replacements, so rescheduledFromId always points backwards.
        interviews: await insert('Interview', pipeline.interviews),
        activityEvents: await insert('ActivityEvent', pipeline.events),
        notifications: await insert('Notification', pipeline.notifications),
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  // After the commit, so the statistics describe the rows the app will read.
  await analyzeTables(prisma, [...filled]);
  return summary;
}

/** Seeds the demo only into a database without agencies, so a restart never seeds twice. */
export async function seedIfEmpty(prisma: PrismaClient, options: SeedOptions): Promise<{ seeded: boolean; summary?: SeedSummary }> {
  if ((await prisma.agency.count()) > 0) return { seeded: false };
  try {
    return { seeded: true, summary: await seedDemo(prisma, options) };
  } catch (error) {
    // Two processes starting at once on PostgreSQL: the loser hits a unique index and rolls back everything, so
    // agencies that exist now are the winner's.
    if ((await prisma.agency.count().catch(() => 0)) > 0) return { seeded: false };
    throw error;
  }
}
