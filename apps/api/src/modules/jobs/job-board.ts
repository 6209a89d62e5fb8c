import type { EmploymentType, Prisma, RemotePolicy } from '@shortlist/db/prisma';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { searchWords } from '../common/search-words.ts';
import { EmploymentTypeEnum, RemotePolicyEnum } from '../common/enums.ts';
import { JobConnection } from './job.ts';

const JobBoardFilter = builder.inputType('JobBoardFilter', {
  description: 'Narrows the public job board. Every field is optional; they combine with AND.',
  fields: (t) => ({
    search: t.string({ required: false, description: 'Words in the title, company or city (case-insensitive); every word must match. At most 200 characters.' }),
    remotePolicies: t.field({ type: [RemotePolicyEnum], required: false, description: 'Jobs with any of these remote policies.' }),
    employmentTypes: t.field({ type: [EmploymentTypeEnum], required: false, description: 'Jobs of any of these employment types.' }),
    countries: t.stringList({ required: false, description: 'Jobs in any of these countries: ISO-3166 alpha-2 codes, e.g. DE (at most 50).' }),
    country: t.string({
      required: false,
      description: 'Jobs in this country: an ISO-3166 alpha-2 code, e.g. DE; ignored when countries is given.',
      deprecationReason: 'Use countries, which takes a list as the other filters do. Removal on or after 2027-06-30.',
    }),
  }),
  // looseObject: the validated value replaces the input, and the enum lists must survive it.
  validate: z.looseObject({
    search: z.string().max(200, 'Search is at most 200 characters.').nullish(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'Country is a two-letter ISO code, like DE.')
      .nullish(),
    countries: z
      .array(z.string().regex(/^[A-Za-z]{2}$/, 'Country is a two-letter ISO code, like DE.'))
      .max(50, 'Filter by at most 50 countries.')
      .nullish(),
  }),
});

/** The open jobs the board shows, narrowed by the filter. */
function jobBoardWhere(filter: { search?: string | null; remotePolicies?: readonly RemotePolicy[] | null; employmentTypes?: readonly EmploymentType[] | null; countries?: readonly string[] | null; country?: string | null } | null | undefined) {
  const where: Prisma.JobWhereInput = { status: 'OPEN' };
  const words = searchWords(filter?.search);
  if (words.length > 0) {
    where.AND = words.map((word) => ({
      OR: [
        { title: { contains: word, mode: 'insensitive' } },
        { city: { contains: word, mode: 'insensitive' } },
        { clientCompany: { name: { contains: word, mode: 'insensitive' } } },
      ],
    }));
  }
  if (filter?.remotePolicies?.length) where.remotePolicy = { in: [...filter.remotePolicies] };
  if (filter?.employmentTypes?.length) where.employmentType = { in: [...filter.employmentTypes] };
  const countries = filter?.countries ?? (filter?.country ? [filter.country] : null);
  if (countries?.length) where.country = { in: countries.map((country) => country.toUpperCase()) };
  return where;
}

builder.queryField('jobBoard', (t) =>
  t.prismaConnection(
    {
      type: 'Job',
      cursor: 'id',
      description: 'The public job board: open jobs of every agency, most recently published first. No candidate data; anyone may read it, signed in or not.',
      authScopes: { public: true },
      args: { filter: t.arg({ type: JobBoardFilter, required: false, description: 'Narrows the board; left out: every open job.' }) },
      totalCount: (_root, { filter }, ctx) => ctx.prisma.job.count({ where: jobBoardWhere(filter) }),
      resolve: (query, _root, { filter }, ctx) =>
        ctx.prisma.job.findMany({ ...query, where: jobBoardWhere(filter), orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }] }),
    },
    JobConnection,
  ),
);
