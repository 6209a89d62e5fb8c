import { summarizeAgencyReliability, type AgencyReliabilitySummary } from '@shortlist/domain/interviews';
import { builder } from '../../builder.ts';
import { AgencyRef } from './agency.ts';
import { DEFAULT_LATE_NOTICE_MINUTES } from './cancellation-policy.ts';

const AgencyReliability = builder.objectRef<AgencyReliabilitySummary & { lateNoticeMinutes: number }>('AgencyReliability').implement({
  description:
    "The agency's own record, held to the standard its candidates are: the notice it gives when it sets interview times, its recruiters' cancellations (late under its own policy) and no-shows; the client's counted apart.",
  fields: (t) => ({
    lateNoticeMinutes: t.exposeInt('lateNoticeMinutes', { description: "The agency's notice policy in minutes, the yardstick of every 'late' and 'short' here." }),
    interviews: t.exposeInt('interviews', { description: "Every interview of the agency's proposals, whatever became of it." }),
    interviewsScheduled: t.exposeInt('interviewsScheduled', { description: 'Interviews the agency scheduled or moved itself (not a time the candidate picked from offered slots).' }),
    shortNoticeInterviews: t.exposeInt('shortNoticeInterviews', { description: "Of those, set with less notice than the agency's policy." }),
    medianSchedulingNoticeHours: t.exposeFloat('medianSchedulingNoticeHours', { nullable: true, description: 'Median notice given when scheduling or moving, in hours; null before any.' }),
    cancellations: t.exposeInt('cancellations', { description: "Interviews the agency's recruiters cancelled." }),
    lateCancellations: t.exposeInt('lateCancellations', { description: "Of those, with less notice than the agency's policy." }),
    medianCancellationNoticeHours: t.exposeFloat('medianCancellationNoticeHours', { nullable: true, description: 'Median notice its recruiters gave when cancelling, in hours; null with no cancellations.' }),
    noShows: t.exposeInt('noShows', { description: "Interviews the agency's recruiter did not come to." }),
    noShowsContested: t.exposeInt('noShowsContested', { description: 'Of those, the ones the agency contested.' }),
    clientLateCancellations: t.exposeInt('clientLateCancellations', { description: 'Interviews the client cancelled late, counted apart from the recruiters.' }),
    clientNoShows: t.exposeInt('clientNoShows', { description: 'Interviews the client did not come to.' }),
  }),
});

builder.prismaObjectFields(AgencyRef, (t) => ({
  reliability: t.field({
    type: AgencyReliability,
    nullable: true,
    description: "The agency's reliability record, as a candidate's is kept. For the agency's staff and its candidates; null (with an error) for partner keys.",
    authScopes: (agency, _args, ctx) => ctx.viewer?.kind === 'user' && ctx.viewer.agencyId === agency.id,
    // One statement with the agency's: a few columns of each of its interviews.
    select: {
      cancellationPolicy: { select: { lateNoticeMinutes: true } },
      interviews: {
        select: {
          status: true,
          startsAt: true,
          createdAt: true,
          slotId: true,
          cancelledBy: true,
          noticeGivenMinutes: true,
          isLateCancellation: true,
          noShowParty: true,
          noShowContestedAt: true,
        },
      },
    },
    resolve: ({ cancellationPolicy, interviews }) => {
      const lateNoticeMinutes = cancellationPolicy?.lateNoticeMinutes ?? DEFAULT_LATE_NOTICE_MINUTES;
      const summary = summarizeAgencyReliability({
        lateNoticeMinutes,
        interviews: interviews.map(({ slotId, ...i }) => ({ ...i, isSetByAgency: slotId === null })),
      });
      return { ...summary, lateNoticeMinutes };
    },
  }),
}));
