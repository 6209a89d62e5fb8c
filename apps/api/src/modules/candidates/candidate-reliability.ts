import { effectiveProposalStatus, summarizeReliability, type ReliabilitySummary } from '@shortlist/domain/interviews';
import { builder } from '../../builder.ts';
import { canEditCandidate } from './can-see-candidate.ts';
import { CandidateRef } from './candidate.ts';

const CandidateReliability = builder.objectRef<ReliabilitySummary>('CandidateReliability').implement({
  description: "The candidate's record of answering proposals and keeping interviews. Only what the candidate did counts.",
  fields: (t) => ({
    proposalsAnswered: t.exposeInt('proposalsAnswered', { description: 'Proposals they accepted or declined.' }),
    proposalsExpired: t.exposeInt('proposalsExpired', { description: 'Proposals that lapsed without an answer.' }),
    responseRate: t.exposeFloat('responseRate', { nullable: true, description: 'The share of proposals answered: answered / (answered + expired), 0-1; null before either happened.' }),
    medianResponseHours: t.exposeFloat('medianResponseHours', { nullable: true, description: 'Median hours from proposal to answer; null with no answers.' }),
    cancellations: t.exposeInt('cancellations', { description: 'Interviews the candidate cancelled.' }),
    lateCancellations: t.exposeInt('lateCancellations', { description: "Of those, cancelled with less notice than the agency's policy asks." }),
    medianNoticeHours: t.exposeFloat('medianNoticeHours', { nullable: true, description: 'Median notice given when cancelling, in hours; null with no cancellations.' }),
    noShows: t.exposeInt('noShows', { description: 'Interviews the candidate did not attend.' }),
    noShowsContested: t.exposeInt('noShowsContested', { description: 'Of those, the ones the candidate contested (contestNoShow); they still count, shown as contested.' }),
  }),
});

builder.prismaObjectFields(CandidateRef, (t) => ({
  reliability: t.field({
    type: CandidateReliability,
    nullable: true,
    description: "Only for the agency's staff and the candidate.",
    authScopes: (candidate, _args, ctx) => canEditCandidate(ctx.viewer, candidate),
    // Loaded with the candidate's own query, not a statement of its own.
    select: {
      proposals: {
        select: {
          status: true,
          respondBy: true,
          createdAt: true,
          respondedAt: true,
          interviews: { select: { status: true, cancelledBy: true, noticeGivenMinutes: true, isLateCancellation: true, noShowParty: true, noShowContestedAt: true } },
        },
      },
    },
    resolve: ({ proposals }) => {
      const now = new Date();
      return summarizeReliability({
        proposals: proposals.map((p) => ({ status: effectiveProposalStatus(p, now), createdAt: p.createdAt, respondedAt: p.respondedAt })),
        interviews: proposals.flatMap((p) => p.interviews),
      });
    },
  }),
}));
