import { builder } from '../../builder.ts';
import { JobRef } from './job.ts';

/** Longer than any slug the API or the migration makes (60 characters of words, a hyphen, 12 hex digits). */
const MAX_SLUG_LENGTH = 100;

builder.queryField('publicJob', (t) =>
  t.prismaField({
    type: JobRef,
    nullable: true,
    description:
      "An open job by its public address (`/jobs/<slug>`), for its public page: anyone may read it, signed in or not. Null when no job has this slug or the job is no longer open (a draft, paused, filled or closed job reads as none, so the page can say it is no longer open).",
    authScopes: { public: true },
    args: { slug: t.arg.string({ required: true, description: 'The slug from the address, e.g. "senior-backend-engineer-berlin-3f9a1c2b7d4e".' }) },
    resolve: (query, _root, { slug }, ctx) => {
      if (slug.length === 0 || slug.length > MAX_SLUG_LENGTH) return null;
      return ctx.prisma.job.findFirst({ ...query, where: { slug, status: 'OPEN' } });
    },
  }),
);
