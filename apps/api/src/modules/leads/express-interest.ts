import { z } from 'zod';
import { builder } from '../../builder.ts';
import { systemClock } from '../common/clock.ts';
import { JobRef } from '../jobs/job.ts';
import { ErrorInterface, NotFoundError, parseInput, ValidationError } from '../errors/errors.ts';
import { consentTextFor } from './consent-text-for.ts';
import { countInterestAttempt } from './count-interest-attempt.ts';
import { notifyRecruitersOfLead } from './notify-recruiters-of-lead.ts';

/** Too many forms from this address or for this e-mail; nothing was stored. */
export class TooManyInterestRequestsError extends Error {
  override name = 'TooManyInterestRequestsError';
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super(`We have had many messages from you in a short time. Please try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`);
  }
}

builder.objectType(TooManyInterestRequestsError, {
  name: 'TooManyInterestRequestsError',
  description: 'Returned by expressInterest when this address or e-mail sent too many forms lately; nothing was stored. Try again after retryAfterSeconds.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TooManyInterestRequestsError,
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds', { description: 'Seconds until a form is accepted again.' }) }),
});

builder.prismaObjectFields('Job', (t) => ({
  interestConsentText: t.string({
    description:
      "The words of the consent box on the job's public page (they name the agency): shown unticked next to the \"I'm interested\" form, and sent back as expressInterest's consentText, which the lead stores word for word.",
    select: { agency: { select: { name: true } } },
    resolve: (job) => consentTextFor(job.agency.name),
  }),
}));

const ExpressInterestInput = builder.inputType('ExpressInterestInput', {
  description: "Someone's interest in an open job, from its public page.",
  fields: (t) => ({
    slug: t.string({ required: true, description: "The job's slug, from its address." }),
    fullName: t.string({ required: true, description: 'Their name (1-200 characters).' }),
    email: t.string({ required: true, description: 'Their e-mail address, where the recruiter will write.' }),
    phone: t.string({ required: false, description: 'Their phone number, if they want a call (at most 40 characters: digits, spaces, + ( ) - .).' }),
    message: t.string({ required: false, description: 'A short message to the recruiter (at most 2,000 characters).' }),
    consentText: t.string({ required: true, description: "The consent words shown next to the box (Job.interestConsentText), sent back as shown." }),
    hasConsented: t.boolean({ required: true, description: 'Whether they ticked the consent box; without it nothing is stored.' }),
  }),
});

const interestSchema = z.object({
  slug: z.string().trim().min(1, 'Open the job from its page.').max(100, 'Open the job from its page.'),
  fullName: z.string().trim().min(1, 'Enter your name.').max(200, 'Your name is at most 200 characters.'),
  email: z
    .string()
    .trim()
    .min(1, 'Enter your e-mail address, so the recruiter can reply.')
    .max(254, 'An e-mail address is at most 254 characters.')
    .pipe(z.email('Enter an e-mail address, like sam@example.com.'))
    .transform((email) => email.toLowerCase()),
  phone: z
    .string()
    .trim()
    .max(40, 'A phone number is at most 40 characters.')
    .regex(/^[0-9+()\-. ]*$/, 'Use digits, spaces and + ( ) - . only, like +49 30 1234567.')
    .nullish()
    .transform((phone) => (phone ? phone : null)),
  message: z
    .string()
    .trim()
    .max(2000, 'Keep the message to 2,000 characters.')
    .nullish()
    .transform((message) => message ?? ''),
  consentText: z.string().max(1000),
  hasConsented: z.literal(true, 'Tick the box to agree that the agency may contact you; without it we cannot pass your interest on.'),
});

builder.mutationField('expressInterest', (t) =>
  t.field({
    type: JobRef,
    description:
      "\"I'm interested\" on an open job's public page: anyone, signed out. Stores a lead for the job's agency with the consent as shown, and tells the job's recruiters in-app. The answer is the same whether or not the agency already knows the person. Limited per address and per e-mail (TooManyInterestRequestsError).",
    authScopes: { public: true },
    args: { input: t.arg({ type: ExpressInterestInput, required: true, description: 'Who is interested, in which job.' }) },
    errors: {
      types: [ValidationError, NotFoundError, TooManyInterestRequestsError],
      union: { description: 'The job they are now known to be interested in, or why not.' },
      result: { description: 'The interest was passed on to the agency.' },
      dataField: { name: 'job', description: 'The job they expressed interest in.' },
    },
    resolve: async (_root, { input }, ctx) => {
      const form = parseInput(interestSchema, input);
      const now = systemClock();
      const waitSeconds = await countInterestAttempt(ctx.prisma, { ip: ctx.ip, email: form.email }, now);
      if (waitSeconds > 0) throw new TooManyInterestRequestsError(waitSeconds);
      const job = await ctx.prisma.job.findFirst({
        where: { slug: form.slug, status: 'OPEN' },
        select: { id: true, agencyId: true, title: true, createdById: true, agency: { select: { name: true } } },
      });
      if (!job) throw new NotFoundError('This job is no longer open.');
      // The words they saw are the ones stored; if the agency's name changed since the page loaded, they read again.
      if (form.consentText !== consentTextFor(job.agency.name)) {
        throw new ValidationError([{ field: 'consentText', message: 'The consent wording has changed since you opened the page. Reload it, read it again and tick the box.' }]);
      }
      await ctx.prisma.$transaction(async (tx) => {
        await tx.candidateLead.create({
          data: {
            agencyId: job.agencyId,
            jobId: job.id,
            fullName: form.fullName,
            email: form.email,
            phone: form.phone,
            message: form.message,
            consentText: form.consentText,
            consentGivenAt: now,
          },
        });
        await notifyRecruitersOfLead(tx, job, { fullName: form.fullName, message: form.message });
      });
      return ctx.prisma.job.findUniqueOrThrow({ where: { id: job.id } });
    },
  }),
);
