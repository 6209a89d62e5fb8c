import { builder } from '../../builder.ts';
import { CancellationPolicyRef, DEFAULT_LATE_NOTICE_MINUTES, DEFAULT_NO_SHOW_GRACE_MINUTES } from './cancellation-policy.ts';

export const AgencyRef = builder.prismaNode('Agency', {
  id: { field: 'id' },
  description: 'A staffing agency: the tenant. Nothing of one agency is visible to another. Its own people and partner keys read it.',
  // Its staff, its candidates and its partner keys: every viewer belongs to exactly one agency.
  authScopes: (agency, ctx) => ctx.viewer?.agencyId === agency.id,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The agency\'s name, e.g. "Northwind Talent".' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the agency started using Shortlist.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the agency\'s own fields last changed (its cancellation policy has its own updatedAt).' }),
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
