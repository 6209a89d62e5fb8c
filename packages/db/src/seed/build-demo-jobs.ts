import type { JobProfile } from '@shortlist/domain/matching';
import { makeJobSlug } from '@shortlist/domain/jobs';
import type { Prisma } from '../generated/prisma/client.ts';
import type { JobStatus, RemotePolicy, Seniority } from '../generated/prisma/enums.ts';
import type { AgencySlug, DemoCompany, DemoOrganisations } from './build-demo-organisations.ts';
import { DAY, HOUR, seedUuid, type Random } from './create-random.ts';
import {
  ARCHETYPES,
  archetypeNamed,
  EMPLOYMENT_TYPE_WEIGHTS,
  REMOTE_POLICY_WEIGHTS,
  SENIORITY_MIN_YEARS,
  SENIORITY_PAY,
  SENIORITY_PREFIX,
  type RoleArchetype,
  type StackTemplate,
} from './demo-data.ts';

export interface DemoJob {
  id: string;
  agencyId: string;
  agency: AgencySlug;
  status: JobStatus;
  title: string;
  company: DemoCompany;
  archetype: RoleArchetype;
  stack: StackTemplate;
  recruiterId: string;
  publishedAt: Date | null;
  profile: JobProfile;
}

export interface DemoJobs {
  jobs: Prisma.JobCreateManyInput[];
  jobSkills: Prisma.JobSkillCreateManyInput[];
  list: DemoJob[];
}

interface JobPlan {
  company: DemoCompany;
  status: JobStatus;
  archetype?: RoleArchetype;
  stackName?: string;
  seniority?: Seniority;
  remotePolicy?: RemotePolicy;
}

/** Open roles the demo candidate (a Go/Node.js backend engineer in Berlin) is proposed for. */
const FEATURED: ReadonlyArray<{ company: string; stackName: string; seniority: Seniority; remotePolicy: RemotePolicy }> = [
  { company: 'Kestrel Logistics', stackName: 'Go', seniority: 'SENIOR', remotePolicy: 'HYBRID' },
  { company: 'Lumen Ledger', stackName: 'Node.js', seniority: 'SENIOR', remotePolicy: 'REMOTE' },
  { company: 'Aurora Grid Energy', stackName: 'Go', seniority: 'SENIOR', remotePolicy: 'HYBRID' },
  { company: 'Orchid Pay', stackName: 'Go', seniority: 'LEAD', remotePolicy: 'ONSITE' },
  { company: 'Brightwater Health', stackName: 'Node.js', seniority: 'SENIOR', remotePolicy: 'REMOTE' },
];

const STATUS_COUNTS: Record<AgencySlug, Record<JobStatus, number>> = {
  northwind: { OPEN: 32, DRAFT: 3, ON_HOLD: 3, FILLED: 4, CLOSED: 3 },
  'harbor-finch': { OPEN: 10, DRAFT: 1, ON_HOLD: 1, FILLED: 2, CLOSED: 1 },
};

const SENIORITY_WEIGHTS: ReadonlyArray<readonly [Seniority, number]> = [
  ['JUNIOR', 10],
  ['MID', 30],
  ['SENIOR', 35],
  ['LEAD', 18],
  ['PRINCIPAL', 7],
];

const MIN_LEVEL: Record<Seniority, readonly [number, number]> = {
  JUNIOR: [2, 2],
  MID: [2, 3],
  SENIOR: [3, 4],
  LEAD: [3, 4],
  PRINCIPAL: [4, 4],
};

/** ≈45 Northwind and ≈15 Harbor & Finch jobs across every status; the five featured ones come first and are open. */
export function buildDemoJobs(random: Random, day0: Date, orgs: DemoOrganisations, skillName: (id: string) => string): DemoJobs {
  const plans: JobPlan[] = [];
  for (const slug of ['northwind', 'harbor-finch'] as const) {
    const companies = orgs.companyList.filter((c) => c.template.agency === slug);
    const statuses = Object.entries(STATUS_COUNTS[slug]).flatMap(([status, n]) => Array<JobStatus>(n).fill(status as JobStatus));
    const featured = slug === 'northwind' ? FEATURED : [];
    for (const f of featured) {
      const company = companies.find((c) => c.template.name === f.company)!;
      plans.push({ ...f, company, status: 'OPEN', archetype: archetypeNamed('backend') });
    }
    const rest = random.shuffle(statuses.slice(featured.length));
    rest.forEach((status, i) => plans.push({ company: companies[i % companies.length]!, status }));
  }

  const result: DemoJobs = { jobs: [], jobSkills: [], list: [] };
  plans.forEach((plan, index) => {
    const { company } = plan;
    const slug = company.template.agency;
    const archetype =
      plan.archetype ??
      (random.chance(0.8) ? archetypeNamed(random.pick(company.template.hires)) : random.weighted(ARCHETYPES.map((a) => [a, a.weight] as const)));
    const stack = archetype.stacks.find((s) => s.name === plan.stackName) ?? random.pick(archetype.stacks);
    const seniority = plan.seniority ?? random.weighted(SENIORITY_WEIGHTS);
    const remotePolicy = plan.remotePolicy ?? random.weighted(REMOTE_POLICY_WEIGHTS);
    const title = `${SENIORITY_PREFIX[seniority]}${stack.title}${stack.name ? ` (${stack.name})` : ''}`;
    const id = seedUuid('job', slug, index);

    const [low, high] = MIN_LEVEL[seniority];
    const mustCount = random.int(2, 4);
    const mustHave = [stack.skills[0]!, ...random.sample(stack.skills.slice(1, 5), mustCount - 1)].map((skillId) => ({
      skillId,
      minLevel: random.int(low, high),
    }));
    const taken = new Set(mustHave.map((m) => m.skillId));
    const nicePool = [...stack.skills.slice(1), ...archetype.shared].filter((s, i, all) => !taken.has(s) && all.indexOf(s) === i);
    const niceToHave = random.sample(nicePool, random.int(2, 5)).map((skillId) => ({ skillId, weight: random.int(1, 5) }));

    const pay = archetype.seniorPayUsd * SENIORITY_PAY[seniority] * company.city.payFactor;
    const salaryMin = roundPay(pay * 0.9);
    const salaryMax = random.chance(0.1) ? null : roundPay(pay * random.weighted([[1.15, 2], [1.25, 1]]));
    const minTimeZoneOverlapHours = remotePolicy !== 'ONSITE' && random.chance(0.35) ? random.pick([3, 4, 4, 5]) : null;
    const employmentType = random.weighted(EMPLOYMENT_TYPE_WEIGHTS);
    const createdAt = new Date(day0.getTime() - random.int(50, 120) * DAY + random.int(8, 17) * HOUR);
    const publishedAt = plan.status === 'DRAFT' ? null : new Date(createdAt.getTime() + random.int(1, 3) * DAY);
    const startDate = random.chance(0.4) ? new Date(day0.getTime() + random.int(30, 75) * DAY) : null;
    const recruiterIds = orgs.bySlug[slug].recruiterIds;
    const recruiterId = index < FEATURED.length && slug === 'northwind' ? orgs.demoRecruiterId : random.pick(recruiterIds);
    const minYearsExperience = SENIORITY_MIN_YEARS[seniority];
    const updatedAt = plan.status === 'OPEN' || plan.status === 'DRAFT' ? (publishedAt ?? createdAt) : new Date(day0.getTime() - random.int(2, 20) * DAY);

    result.jobs.push({
      id,
      slug: makeJobSlug({ id, title, city: company.city.city }),
      agencyId: company.agencyId,
      clientCompanyId: company.id,
      title,
      description: describeJob(company, archetype, title, remotePolicy, mustHave.map((m) => skillName(m.skillId)), niceToHave.map((n) => skillName(n.skillId))),
      status: plan.status,
      seniority,
      minYearsExperience,
      salaryMin,
      salaryMax,
      currency: company.city.currency,
      remotePolicy,
      city: company.city.city,
      country: company.city.country,
      timeZone: company.city.timeZone,
      minTimeZoneOverlapHours,
      employmentType,
      openings: plan.status === 'FILLED' ? 1 : random.weighted([[1, 6], [2, 2], [3, 1]]),
      startDate,
      createdById: recruiterId,
      publishedAt,
      createdAt,
      updatedAt,
    });
    for (const m of mustHave) result.jobSkills.push({ jobId: id, skillId: m.skillId, requirement: 'MUST_HAVE', minLevel: m.minLevel });
    for (const n of niceToHave) result.jobSkills.push({ jobId: id, skillId: n.skillId, requirement: 'NICE_TO_HAVE', weight: n.weight });
    result.list.push({
      id,
      agencyId: company.agencyId,
      agency: slug,
      status: plan.status,
      title,
      company,
      archetype,
      stack,
      recruiterId,
      publishedAt,
      profile: {
        id,
        title,
        mustHave,
        niceToHave,
        seniority,
        minYearsExperience,
        salaryMin,
        salaryMax,
        currency: company.city.currency,
        remotePolicy,
        city: company.city.city,
        country: company.city.country,
        timeZone: company.city.timeZone,
        minTimeZoneOverlapHours,
        employmentType,
        startDate,
      },
    });
  });
  return result;
}

/** Whole thousands: nobody advertises 93,417. */
export function roundPay(amount: number): number {
  return Math.round(amount / 1000) * 1000;
}

function describeJob(company: DemoCompany, archetype: RoleArchetype, title: string, remote: RemotePolicy, must: string[], nice: string[]) {
  const where = {
    REMOTE: `The role is fully remote; the team is based in ${company.city.city}.`,
    HYBRID: `The role is hybrid, with two days a week in our ${company.city.city} office.`,
    ONSITE: `The role is based in our ${company.city.city} office.`,
  }[remote];
  return (
    `${company.template.name} (${company.template.industry}) is looking for a ${title} to ${archetype.mission}. ` +
    `You will work daily with ${listWords(must)}; experience with ${listWords(nice)} is a plus. ${where}`
  );
}

export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
