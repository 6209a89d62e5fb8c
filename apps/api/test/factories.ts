import type { PrismaClient } from '@shortlist/db/prisma';
import { randomUUID } from 'node:crypto';

let counter = 0;
const unique = (prefix: string) => `${prefix} ${++counter} ${randomUUID().slice(0, 8)}`;

export async function createAgency(prisma: PrismaClient, name = unique('Agency')) {
  return prisma.agency.create({ data: { name, slug: name.toLowerCase().replace(/\W+/g, '-') } });
}

export async function createClientCompany(prisma: PrismaClient, agencyId: string, name = unique('Client')) {
  return prisma.clientCompany.create({ data: { agencyId, name, country: 'DE', city: 'Berlin', industry: 'Software' } });
}

type JobOverrides = Partial<Parameters<PrismaClient['job']['create']>[0]['data']>;

export async function createJob(prisma: PrismaClient, agencyId: string, clientCompanyId: string, overrides: JobOverrides = {}) {
  return prisma.job.create({
    data: {
      agencyId,
      clientCompanyId,
      title: unique('Backend Engineer'),
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
      ...overrides,
    } as Parameters<PrismaClient['job']['create']>[0]['data'],
  });
}
