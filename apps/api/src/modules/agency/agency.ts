import { builder } from '../../builder.ts';
import { CancellationPolicyRef, DEFAULT_LATE_NOTICE_MINUTES, DEFAULT_NO_SHOW_GRACE_MINUTES } from './cancellation-policy.ts';

export const AgencyRef = builder.prismaObject('Agency', {
  description: 'A staffing agency: the tenant. Nothing of one agency is visible to another.',
  fields: (t) => ({
    name: t.exposeString('name'),
    cancellationPolicy: t.field({
      type: CancellationPolicyRef,
      description: "The agency's cancellation policy (24 hours' notice and 15 minutes' grace until an admin changes them).",
      select: { cancellationPolicy: true },
      resolve: (agency) =>
        agency.cancellationPolicy ?? {
          agencyId: agency.id,
          lateNoticeMinutes: DEFAULT_LATE_NOTICE_MINUTES,
          noShowGraceMinutes: DEFAULT_NO_SHOW_GRACE_MINUTES,
          updatedAt: new Date(0),
          updatedById: null,
        },
    }),
  }),
});
