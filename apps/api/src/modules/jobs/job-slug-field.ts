import { builder } from '../../builder.ts';

builder.prismaObjectField('Job', 'slug', (t) =>
  t.exposeString('slug', {
    nullable: true,
    description:
      'The last part of the job\'s public address, `/jobs/<slug>` (e.g. "senior-backend-engineer-berlin-3f9a1c2b7d4e"): set when the job is created and kept when its title changes, so shared links last. publicJob(slug) reads it while the job is open.',
  }),
);
