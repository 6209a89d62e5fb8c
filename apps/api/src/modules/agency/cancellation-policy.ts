import { z } from 'zod';
import { builder } from '../../builder.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { NotAllowedError, parseInput, ValidationError } from '../errors/errors.ts';

// The domain owns the policy's defaults; the API only reads them.
export { DEFAULT_LATE_NOTICE_MINUTES, DEFAULT_NO_SHOW_GRACE_MINUTES } from '@shortlist/domain/interviews';

export const CancellationPolicyRef = builder.prismaObject('CancellationPolicy', {
  description: "The agency's rules for interview cancellations and no-shows. Late cancellations are recorded, never blocked.",
  fields: (t) => ({
    lateNoticeMinutes: t.exposeInt('lateNoticeMinutes', { description: 'Cancelling with less notice than this is late.' }),
    noShowGraceMinutes: t.exposeInt('noShowGraceMinutes', { description: 'A no-show can be recorded this long after the start.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When an admin last changed the policy; 1970-01-01T00:00:00.000Z while the defaults apply.',
    }),
  }),
});

const UpdateCancellationPolicyInput = builder.inputType('UpdateCancellationPolicyInput', {
  description: "The agency's new cancellation policy: both values, in minutes.",
  fields: (t) => ({
    lateNoticeMinutes: t.int({ required: true, description: 'From 0 (never late) to 20,160 (14 days).' }),
    noShowGraceMinutes: t.int({ required: true, description: 'From 5 to 120 minutes.' }),
  }),
});

const policySchema = z.object({
  lateNoticeMinutes: z.number().int().min(0, 'Use 0 or more minutes.').max(20_160, 'At most 14 days (20,160 minutes).'),
  noShowGraceMinutes: z.number().int().min(5, 'Allow at least 5 minutes.').max(120, 'At most 120 minutes.'),
});

builder.mutationField('updateCancellationPolicy', (t) =>
  t.prismaField({
    type: 'Agency',
    description:
      "Sets the agency's cancellation policy, for cancellations and no-shows from now on. Agency admins only: anyone else gets NotAllowedError; values out of range a ValidationError naming the field.",
    authScopes: { admin: true },
    args: { input: t.arg({ type: UpdateCancellationPolicyInput, required: true, description: 'The new policy.' }) },
    errors: {
      types: [ValidationError, NotAllowedError],
      union: { description: 'The agency with its new policy, or why it was not changed.' },
      result: { description: 'The policy was saved.' },
      dataField: { name: 'agency', description: 'The agency, with the policy now in force.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      if (ctx.viewer?.kind !== 'user' || ctx.viewer.role !== 'ADMIN') throw new NotAllowedError('Only an agency admin can change the cancellation policy.');
      const policy = parseInput(policySchema, input);
      const { agencyId, userId } = ctx.viewer;
      await ctx.prisma.cancellationPolicy.upsert({
        where: { agencyId },
        create: { agencyId, ...policy, updatedById: userId },
        update: { ...policy, updatedById: userId },
      });
      return ctx.prisma.agency.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: agencyId } });
    },
  }),
);
