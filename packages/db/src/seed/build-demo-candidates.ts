import { normalizePhone } from '@shortlist/domain/duplicates';
import type { CandidateProfile } from '@shortlist/domain/matching';
import type { Prisma } from '../generated/prisma/client.ts';
import type { EmploymentType, RemotePolicy, Seniority } from '../generated/prisma/enums.ts';
import type { AgencySlug, DemoOrganisations } from './build-demo-organisations.ts';
import { DEMO_CANDIDATE } from './build-demo-organisations.ts';
import { roundPay } from './build-demo-jobs.ts';
import { DAY, HOUR, seedUuid, type Random } from './create-random.ts';
import {
  ARCHETYPES,
  archetypeNamed,
  CANDIDATE_REGION_WEIGHTS,
  CITIES,
  cityNamed,
  FIRST_NAMES,
  LAST_NAMES,
  PAST_EMPLOYERS,
  REMOTE_POLICY_WEIGHTS,
  SENIORITY_PAY,
  SENIORITY_PREFIX,
  seniorityForYears,
  type City,
  type RoleArchetype,
  type StackTemplate,
} from './demo-data.ts';

export interface DemoCandidate {
  id: string;
  agency: AgencySlug;
  agencyId: string;
  fullName: string;
  firstName: string;
  archetype: RoleArchetype;
  stack: StackTemplate;
  /** The row to insert; the pipeline gives it a login (userId) when the candidate takes part in one. */
  row: Prisma.CandidateProfileCreateManyInput;
  profile: CandidateProfile;
}

export interface DemoCandidates {
  candidateSkills: Prisma.CandidateSkillCreateManyInput[];
  experiences: Prisma.CandidateExperienceCreateManyInput[];
  list: DemoCandidate[];
}

const COUNTS: Record<AgencySlug, number> = { northwind: 240, 'harbor-finch': 60 };

/** Years of experience: most candidates between 2 and 12. */
const YEARS_WEIGHTS: ReadonlyArray<readonly [readonly [number, number], number]> = [
  [[0, 2], 15],
  [[3, 5], 30],
  [[6, 9], 30],
  [[10, 14], 17],
  [[15, 24], 8],
];

interface CandidateSpec {
  agency: AgencySlug;
  firstName: string;
  lastName: string;
  email: string;
  city: City;
  archetype: RoleArchetype;
  stack: StackTemplate;
  yearsExperience: number;
  userId?: string;
  /** Exact skills (the demo candidate); otherwise drawn from the stack. */
  skills?: ReadonlyArray<readonly [string, number]>;
  remotePreference?: RemotePolicy;
}

/** The demo candidate, then ≈240 Northwind and ≈60 Harbor & Finch candidates with coherent skills and preferences. */
export function buildDemoCandidates(random: Random, day0: Date, orgs: DemoOrganisations, skillName: (id: string) => string): DemoCandidates {
  const specs: CandidateSpec[] = [
    {
      agency: 'northwind',
      firstName: 'Sam',
      lastName: 'Okafor',
      email: DEMO_CANDIDATE.email,
      city: cityNamed('Berlin'),
      archetype: archetypeNamed('backend'),
      stack: archetypeNamed('backend').stacks[0]!,
      yearsExperience: 8,
      userId: orgs.demoCandidateUserId,
      remotePreference: 'HYBRID',
      skills: [
        ['go', 4], ['postgresql', 4], ['kubernetes', 3], ['docker', 4], ['grpc', 3], ['kafka', 3], ['redis', 3],
        ['nodejs', 4], ['typescript', 4], ['graphql', 3], ['aws', 3], ['terraform', 2], ['system-design', 3], ['microservices', 4],
      ],
    },
  ];
  let n = 0;
  for (const agency of ['northwind', 'harbor-finch'] as const) {
    for (let i = 0; i < COUNTS[agency] - (agency === 'northwind' ? 1 : 0); i++) {
      n += 1;
      const firstName = random.pick(FIRST_NAMES);
      const lastName = random.pick(LAST_NAMES);
      const region = random.weighted(CANDIDATE_REGION_WEIGHTS[agency]);
      const archetype = random.weighted(ARCHETYPES.map((a) => [a, a.weight] as const));
      const [low, high] = random.weighted(YEARS_WEIGHTS);
      specs.push({
        agency,
        firstName,
        lastName,
        email: `${asciiSlug(firstName)}.${asciiSlug(lastName)}.${n}@example.com`,
        city: random.pick(CITIES.filter((c) => c.region === region)),
        archetype,
        stack: random.pick(archetype.stacks),
        yearsExperience: random.int(low, high),
      });
    }
  }

  const result: DemoCandidates = { candidateSkills: [], experiences: [], list: [] };
  const nowYear = day0.getUTCFullYear();
  specs.forEach((spec, index) => {
    const id = seedUuid('candidate', spec.agency, spec.email);
    const agencyId = orgs.bySlug[spec.agency].id;
    const years = spec.yearsExperience;
    const seniority = seniorityForYears(years);
    const skills = spec.skills
      ? spec.skills.map(([skillId, level]) => ({ skillId, level, years: Math.min(years, level * 2), lastUsedYear: null }))
      : drawSkills(random, spec.stack, spec.archetype, years, nowYear);

    const pay = spec.archetype.seniorPayUsd * SENIORITY_PAY[seniority] * spec.city.payFactor;
    const minSalary = random.chance(0.08) ? null : roundPay(pay * (0.8 + random.next() * 0.2));
    const remotePreference = spec.remotePreference ?? random.weighted(REMOTE_POLICY_WEIGHTS);
    const sameCountry = CITIES.filter((c) => c.country === spec.city.country && c.city !== spec.city.city);
    const preferredLocations = [spec.city.city, ...(sameCountry.length > 0 && random.chance(0.3) ? [random.pick(sameCountry).city] : [])];
    const willingToRelocate = random.chance(0.2);
    const employmentTypes = random.weighted<EmploymentType[]>([
      [['FULL_TIME'], 70],
      [['FULL_TIME', 'CONTRACT'], 20],
      [['CONTRACT'], 7],
      [[], 3],
    ]);
    const noticePeriodDays = random.pick([0, 14, 30, 30, 30, 60, 90]);
    const earliestStart = random.chance(0.5) ? new Date(day0.getTime() + (noticePeriodDays + random.int(0, 30)) * DAY) : null;
    const targetOpportunities = random.weighted([[3, 80], [2, 8], [4, 7], [5, 5]]);
    const createdAt = new Date(day0.getTime() - random.int(60, 300) * DAY + random.int(8, 18) * HOUR);
    const fullName = `${spec.firstName} ${spec.lastName}`;
    const title = `${SENIORITY_PREFIX[seniority]}${spec.stack.title}`;
    const topSkills = skills.slice(0, 3).map((s) => skillName(s.skillId));

    const phone = random.chance(0.6) ? fakePhone(random, spec.city) : null;
    const row: Prisma.CandidateProfileCreateManyInput = {
      id,
      agencyId,
      userId: spec.userId ?? null,
      fullName,
      email: spec.email,
      phone,
      normalizedPhone: normalizePhone(phone, spec.city.country),
      headline: `${title}${spec.stack.name ? ` (${spec.stack.name})` : ''} · ${topSkills.join(', ')}`,
      summary:
        `${years === 0 ? 'Early-career' : `${years} years as a`} ${spec.stack.title.toLowerCase()}, ` +
        `strongest in ${topSkills.join(', ')}. Based in ${spec.city.city}; ` +
        `${{ REMOTE: 'looking for remote work', HYBRID: 'happy with hybrid or remote', ONSITE: 'open to office, hybrid or remote roles' }[remotePreference]}.`,
      yearsExperience: years,
      seniority,
      city: spec.city.city,
      country: spec.city.country,
      timeZone: spec.city.timeZone,
      minSalary,
      salaryCurrency: spec.city.currency,
      remotePreference,
      preferredLocations,
      willingToRelocate,
      employmentTypes,
      earliestStart,
      noticePeriodDays,
      targetOpportunities,
      createdAt,
      updatedAt: createdAt,
    };
    for (const s of skills) result.candidateSkills.push({ candidateId: id, ...s });
    result.experiences.push(...buildExperiences(random, day0, id, index, spec, seniority, skillName, skills.map((s) => s.skillId)));
    result.list.push({
      id,
      agency: spec.agency,
      agencyId,
      fullName,
      firstName: spec.firstName,
      archetype: spec.archetype,
      stack: spec.stack,
      row,
      profile: {
        id,
        skills,
        yearsExperience: years,
        seniority,
        city: spec.city.city,
        country: spec.city.country,
        timeZone: spec.city.timeZone,
        preferences: {
          minSalary,
          currency: spec.city.currency,
          remotePreference,
          preferredLocations,
          willingToRelocate,
          employmentTypes,
          earliestStart,
          noticePeriodDays,
          targetOpportunities,
        },
      },
    });
  });
  return result;
}

/** 5–15 skills: the heart of the stack, some of its periphery, and some of the family's shared skills. */
function drawSkills(random: Random, stack: StackTemplate, archetype: RoleArchetype, years: number, nowYear: number) {
  const core = stack.skills.slice(0, 3);
  const periphery = random.sample(stack.skills.slice(3), random.int(2, 5));
  const shared = random.sample(archetype.shared.filter((s) => !stack.skills.includes(s)), random.int(0, 7));
  const ids = [...core, ...periphery, ...shared].slice(0, 15);
  // The base level grows with experience; the core of the stack sits a little higher than the rest.
  const base = years < 1 ? 1.5 : years < 3 ? 2.2 : years < 6 ? 3 : years < 10 ? 3.6 : 4.2;
  return ids.map((skillId, i) => {
    const isCore = i < core.length;
    const level = clamp(Math.round(base + (isCore ? 0.5 : -0.4) + (random.next() - 0.5)), 1, 5);
    const skillYears = years === 0 ? 0.5 : Math.max(0.5, Math.round(years * (isCore ? 0.7 + random.next() * 0.3 : 0.2 + random.next() * 0.6) * 2) / 2);
    const isStale = !isCore && years >= 4 && random.chance(0.2);
    return { skillId, level, years: skillYears, lastUsedYear: isStale ? nowYear - random.int(1, 4) : null };
  });
}

function buildExperiences(
  random: Random,
  day0: Date,
  candidateId: string,
  candidateIndex: number,
  spec: CandidateSpec,
  seniority: Seniority,
  skillName: (id: string) => string,
  skillIds: string[],
): Prisma.CandidateExperienceCreateManyInput[] {
  const total = Math.max(1, spec.yearsExperience);
  const count = Math.min(total >= 6 ? 3 : total >= 3 ? 2 : 1, random.int(1, 3));
  const rows: Prisma.CandidateExperienceCreateManyInput[] = [];
  let end: Date | null = null;
  let remainingDays = Math.round(total * 365);
  const employers = random.sample(PAST_EMPLOYERS, count);
  for (let i = 0; i < count; i++) {
    const isLast = i === count - 1;
    const spanDays = isLast ? remainingDays : Math.max(180, Math.round(remainingDays * (0.3 + random.next() * 0.3)));
    remainingDays -= spanDays;
    const endTime: number = end ? end.getTime() : day0.getTime();
    const startDate: Date = new Date(endTime - spanDays * DAY);
    const prefix = i === 0 ? SENIORITY_PREFIX[seniority] : i === 1 && seniority !== 'JUNIOR' ? '' : 'Junior ';
    const used = random.sample(skillIds, 3).map(skillName);
    rows.push({
      id: seedUuid('candidate-experience', candidateIndex, i, candidateId),
      candidateId,
      title: `${prefix}${spec.stack.title}`,
      company: employers[i]!,
      startDate: utcDate(startDate),
      endDate: end ? utcDate(end) : null,
      description: `Worked mostly with ${used.join(', ')}.`,
    });
    end = new Date(startDate.getTime() - random.int(0, 45) * DAY);
  }
  return rows;
}

function utcDate(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function clamp(value: number, min: number, max: number) {
  return Math.min(max, Math.max(min, value));
}

function asciiSlug(name: string): string {
  return name.normalize('NFD').toLowerCase().replace(/[^a-z]/g, '');
}

const DIAL_CODES: Record<string, string> = {
  US: '+1', CA: '+1', BR: '+55', MX: '+52', GB: '+44', DE: '+49', NL: '+31', IE: '+353', PT: '+351', ES: '+34', PL: '+48',
  SE: '+46', NG: '+234', KE: '+254', ZA: '+27', EG: '+20', SG: '+65', IN: '+91', JP: '+81', AE: '+971', AU: '+61', NZ: '+64',
};

function fakePhone(random: Random, city: City): string {
  return `${DIAL_CODES[city.country] ?? '+1'} 555 ${random.int(100, 999)} ${random.int(1000, 9999)}`;
}
