import { z } from 'zod';
import { builder } from '../../builder.ts';
import { AgencyRef } from '../agency/agency.ts';
import { CandidateRef } from '../candidates/candidate.ts';
import { canEditCandidate } from '../candidates/can-see-candidate.ts';
import { clockFromEnv } from '../common/clock.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { InvalidTransitionError, NotAllowedError, parseInput, ValidationError } from '../errors/errors.ts';
import { renewConsent } from './renew-consent.ts';

const clock = clockFromEnv();

/** The shortest retention a policy may set: shorter would erase candidates between two ordinary hiring rounds. */
export const MIN_RETENTION_MONTHS = 6;
export const MAX_RETENTION_MONTHS = 120;
export const MIN_ERASURE_GRACE_DAYS = 7;
export const MAX_ERASURE_GRACE_DAYS = 90;

builder.prismaObjectFields(AgencyRef, (t) => ({
  dataRetentionMonths: t.exposeInt('dataRetentionMonths', {
    nullable: true,
    description: 'Retention policy: candidates inactive this many months are asked to renew their consent, then anonymised if they do not; null: no policy.',
  }),
  erasureGraceDays: t.exposeInt('erasureGraceDays', {
    description: 'Days between a request to be forgotten and the erasure (it can be cancelled meanwhile), and the time a candidate has to renew their consent.',
  }),
}));

builder.prismaObjectFields(CandidateRef, (t) => ({
  consentRenewalRequestedAt: t.expose('consentRenewalRequestedAt', {
    type: 'DateTime',
    nullable: true,
    description: "When the agency's retention policy last asked them to renew their consent; null when never. For the agency's staff and the candidate.",
    authScopes: (candidate, _args, ctx) => canEditCandidate(ctx.viewer, candidate),
  }),
  consentRenewedAt: t.expose('consentRenewedAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When they last renewed their consent; null when never. For the agency\'s staff and the candidate.',
    authScopes: (candidate, _args, ctx) => canEditCandidate(ctx.viewer, candidate),
  }),
}));

const UpdateDataRetentionPolicyInput = builder.inputType('UpdateDataRetentionPolicyInput', {
  description: "The agency's retention policy and grace period.",
  fields: (t) => ({
    dataRetentionMonths: t.int({
      required: false,
      description: `Months of inactivity after which a candidate is asked to renew their consent (${MIN_RETENTION_MONTHS} to ${MAX_RETENTION_MONTHS}); null or left out: no policy.`,
    }),
    erasureGraceDays: t.int({
      required: true,
      description: `Days (${MIN_ERASURE_GRACE_DAYS} to ${MAX_ERASURE_GRACE_DAYS}) between a request to be forgotten and the erasure, and to renew consent when asked.`,
    }),
  }),
});

const policySchema = z.object({
  dataRetentionMonths: z
    .number()
    .int('Use whole months.')
    .min(MIN_RETENTION_MONTHS, `Keep candidates at least ${MIN_RETENTION_MONTHS} months, or turn the policy off.`)
    .max(MAX_RETENTION_MONTHS, `At most ${MAX_RETENTION_MONTHS} months (10 years).`)
    .nullish(),
  erasureGraceDays: z
    .number()
    .int('Use whole days.')
    .min(MIN_ERASURE_GRACE_DAYS, `Allow at least ${MIN_ERASURE_GRACE_DAYS} days.`)
    .max(MAX_ERASURE_GRACE_DAYS, `At most ${MAX_ERASURE_GRACE_DAYS} days.`),
});

builder.mutationField('updateDataRetentionPolicy', (t) =>
  t.prismaField({
    type: 'Agency',
    description:
      "Sets the agency's retention policy (months of inactivity before candidates are asked to renew their consent, or none) and the grace period of erasures. Agency admins only: anyone else gets NotAllowedError; values out of range a ValidationError naming the field. Requests already pending keep their due date.",
    authScopes: { admin: true },
    args: { input: t.arg({ type: UpdateDataRetentionPolicyInput, required: true, description: 'The new policy.' }) },
    errors: {
      types: [ValidationError, NotAllowedError],
      union: { description: 'The agency with its new policy, or why it was not changed.' },
      result: { description: 'The policy was saved.' },
      dataField: { name: 'agency', description: 'The agency, with the policy now in force.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      if (ctx.viewer?.kind !== 'user' || ctx.viewer.role !== 'ADMIN') throw new NotAllowedError('Only an agency admin can change the retention policy.');
      const policy = parseInput(policySchema, input);
      const { agencyId } = ctx.viewer;
      await ctx.prisma.agency.update({
        where: { id: agencyId },
        data: { dataRetentionMonths: policy.dataRetentionMonths ?? null, erasureGraceDays: policy.erasureGraceDays },
      });
      return ctx.prisma.agency.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: agencyId } });
    },
  }),
);

const RenewConsentInput = builder.inputType('RenewConsentInput', {
  description: 'Your answer to the question whether the agency may keep your data.',
  fields: (t) => ({
    isKeepingMyData: t.boolean({
      required: true,
      description: 'true: keep my profile and data. Consent is an explicit act, so false is a ValidationError; to leave, use requestErasure.',
    }),
  }),
});

builder.mutationField('renewConsent', (t) =>
  t.prismaField({
    type: 'CandidateProfile',
    description:
      "The signed-in candidate renews their consent to be kept on the agency's books (asked by the retention policy's e-mail, or at any time): it counts as activity, answers a pending renewal, and cancels an erasure the retention policy requested. Candidates only: anyone else gets NotAllowedError; an erased candidate an InvalidTransitionError.",
    authScopes: { candidate: true },
    args: { input: t.arg({ type: RenewConsentInput, required: true, description: 'Your answer.' }) },
    errors: {
      types: [NotAllowedError, InvalidTransitionError, ValidationError],
      union: { description: 'Your profile with the renewal, or why it was not renewed.' },
      result: { description: 'Your consent is renewed.' },
      dataField: { name: 'candidate', description: 'Your profile, with consentRenewedAt now.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      parseInput(z.object({ isKeepingMyData: z.literal(true, 'Agree to the agency keeping your data to renew; to leave, ask for your data to be erased.') }), input);
      const id = await renewConsent(ctx, clock());
      return ctx.prisma.candidateProfile.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });
    },
  }),
);
