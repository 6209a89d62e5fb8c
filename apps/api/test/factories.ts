import type { ApiKeyScope, PrismaClient } from '@shortlist/db/prisma';
import { randomUUID } from 'node:crypto';
import { hashToken } from '../src/modules/auth/session-cookie.ts';

let counter = 0;
const unique = (prefix: string) => `${prefix} ${++counter} ${randomUUID().slice(0, 8)}`;

export async function createAgency(prisma: PrismaClient, name = unique('Agency')) {
  return prisma.agency.create({ data: { name, slug: name.toLowerCase().replace(/\W+/g, '-') } });
}

export async function createClientCompany(prisma: PrismaClient, agencyId: string, name = unique('Client')) {
  return prisma.clientCompany.create({ data: { agencyId, name, country: 'DE', city: 'Berlin', industry: 'Software' } });
}

/** An open, published senior backend job in Berlin with a EUR band: what a test job is unless it says otherwise. */
export const jobDefaults = () =>
  ({
    status: 'OPEN',
    publishedAt: new Date(),
    seniority: 'SENIOR',
    remotePolicy: 'HYBRID',
    country: 'DE',
    city: 'Berlin',
    timeZone: 'Europe/Berlin',
    salaryMin: 70_000,
    salaryMax: 90_000,
    currency: 'EUR',
  }) as const;

type JobOverrides = Partial<Parameters<PrismaClient['job']['create']>[0]['data']>;

export async function createJob(prisma: PrismaClient, agencyId: string, clientCompanyId: string, overrides: JobOverrides = {}) {
  return prisma.job.create({
    data: {
      agencyId,
      clientCompanyId,
      title: unique('Backend Engineer'),
      ...jobDefaults(),
      ...overrides,
    } as Parameters<PrismaClient['job']['create']>[0]['data'],
  });
}

type CandidateOverrides = Partial<Parameters<PrismaClient['candidateProfile']['create']>[0]['data']>;

export async function createCandidateProfile(
  prisma: PrismaClient,
  agencyId: string,
  skills: Array<{ skillId: string; level: number; years?: number }> = [],
  overrides: CandidateOverrides = {},
) {
  const name = unique('Candidate');
  return prisma.candidateProfile.create({
    data: {
      agencyId,
      fullName: name,
      email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.test`,
      seniority: 'SENIOR',
      yearsExperience: 8,
      country: 'DE',
      city: 'Berlin',
      timeZone: 'Europe/Berlin',
      minSalary: 60_000,
      salaryCurrency: 'EUR',
      remotePreference: 'ONSITE',
      skills: { create: skills.map((s) => ({ skillId: s.skillId, level: s.level, years: s.years ?? 4 })) },
      ...overrides,
    } as Parameters<PrismaClient['candidateProfile']['create']>[0]['data'],
  });
}

/** A partner key of the agency; returns the bearer header value to send. */
export async function createPartnerKey(
  prisma: PrismaClient,
  agencyId: string,
  scopes: ApiKeyScope[],
  clientCompanyId: string | null = null,
) {
  const creator = await prisma.user.findFirstOrThrow({ where: { agencyId, role: 'ADMIN' } }).catch(() =>
    prisma.user.findFirstOrThrow({ where: { agencyId } }),
  );
  const prefix = randomUUID().replace(/-/g, '').slice(0, 8);
  const key = `sl_live_${prefix}_${randomUUID().replace(/-/g, '')}${randomUUID().replace(/-/g, '')}`;
  await prisma.apiKey.create({
    data: { agencyId, clientCompanyId, name: unique('Partner'), prefix, keyHash: hashToken(key), scopes, createdById: creator.id },
  });
  return { authorization: `Bearer ${key}` };
}

type ProposalOverrides = Partial<Parameters<PrismaClient['proposal']['create']>[0]['data']>;

/**
 * A proposal written straight to the database, for states the API cannot reach on demand (an interview that
 * already started). The match snapshot is a minimal valid one.
 */
export async function createProposal(
  prisma: PrismaClient,
  refs: { agencyId: string; jobId: string; candidateId: string; recruiterId: string },
  overrides: ProposalOverrides = {},
) {
  return prisma.proposal.create({
    data: {
      ...refs,
      message: unique('We think you would be a great fit'),
      respondBy: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
      matchScore: 70,
      matchForwardScore: 70,
      matchReverseScore: 70,
      matchSnapshot: { score: 70, forwardScore: 70, reverseScore: 70, isBlocked: false, blockers: [], categories: [] },
      ...overrides,
    } as Parameters<PrismaClient['proposal']['create']>[0]['data'],
  });
}

/** A SCHEDULED interview of a proposal, starting at `startsAt` (45 minutes, video, Europe/Berlin). */
export async function createInterview(prisma: PrismaClient, proposal: { id: string; agencyId: string }, startsAt: Date) {
  return prisma.interview.create({
    data: {
      agencyId: proposal.agencyId,
      proposalId: proposal.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 45 * 60 * 1000),
      timeZone: 'Europe/Berlin',
      format: 'VIDEO',
      location: `https://meet.example.com/${randomUUID().slice(0, 8)}`,
    },
  });
}
