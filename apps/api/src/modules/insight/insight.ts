import { builder } from '../../builder.ts';
import { PartyEnum } from '../activity/activity-event.ts';
import { clockFromEnv, type Clock } from '../common/clock.ts';
import { NotAllowedError, ValidationError } from '../errors/errors.ts';
import { MAX_INSIGHT_RANGE_DAYS } from './insight-scope.ts';
import type { DeclineReasonCount } from './read-decline-reasons.ts';
import type { Funnel, FunnelStage } from './read-funnel.ts';
import { readInsight, type Insight } from './read-insight.ts';
import type { CancellationsByParty, NoShowsByParty } from './read-interview-reliability.ts';
import type { ScoreBucket } from './read-score-versus-outcome.ts';
import type { DurationStats } from './read-time-to-fill.ts';
import { resolveInsightScope } from './resolve-insight-scope.ts';

let clock: Clock | null = null;
const now = () => (clock ??= clockFromEnv())();

const FunnelStageEnum = builder.enumType('FunnelStage', {
  description: "A stage of the proposal funnel, in the order a proposal moves through them.",
  values: {
    PROPOSED: { description: 'Proposed to the candidate.' },
    ACCEPTED: { description: 'The candidate accepted the proposal.' },
    INTERVIEWING: { description: 'An interview was scheduled.' },
    OFFERED: { description: 'The client made an offer.' },
    HIRED: { description: 'The candidate was hired.' },
  } as const,
});

const DeclineKindEnum = builder.enumType('DeclineKind', {
  description: 'What the candidate declined: the proposal itself, or the offer that came after it.',
  values: {
    PROPOSAL: { description: 'The proposal, when it was made.' },
    OFFER: { description: 'The offer, after interviewing.' },
  } as const,
});

const FunnelStageCount = builder.objectRef<FunnelStage>('FunnelStageCount').implement({
  description: 'How many of the proposals reached one stage of the funnel.',
  fields: (t) => ({
    stage: t.field({ type: FunnelStageEnum, description: 'The stage.', resolve: (s) => s.stage }),
    count: t.exposeInt('count', { description: 'Proposals that reached this stage (or went beyond it).' }),
    conversionFromPrevious: t.exposeFloat('conversionFromPrevious', {
      nullable: true,
      description: 'This count divided by the previous stage\'s, from 0 to 1; null for PROPOSED, or when the previous stage has none.',
    }),
  }),
});

const InsightFunnel = builder.objectRef<Funnel>('InsightFunnel').implement({
  description: 'The proposals made in the range: how far they got, and how the closed ones ended.',
  fields: (t) => ({
    stages: t.field({ type: [FunnelStageCount], description: 'PROPOSED, ACCEPTED, INTERVIEWING, OFFERED, HIRED, in that order.', resolve: (f) => f.stages }),
    declined: t.exposeInt('declined', { description: 'Declined by the candidate: the proposal or, later, the offer.' }),
    withdrawn: t.exposeInt('withdrawn', { description: 'Withdrawn by the candidate or the recruiter.' }),
    rejected: t.exposeInt('rejected', { description: 'Rejected by the client.' }),
    expired: t.exposeInt('expired', { description: 'Not answered by their respond-by time.' }),
  }),
});

const InsightDuration = builder.objectRef<DurationStats>('InsightDuration').implement({
  description: 'A time in days over a number of jobs: the median and the 90th percentile.',
  fields: (t) => ({
    jobs: t.exposeInt('jobs', { description: 'Jobs counted (the ones that got there).' }),
    medianDays: t.exposeFloat('medianDays', { nullable: true, description: 'Median in days; null when no job counts.' }),
    p90Days: t.exposeFloat('p90Days', { nullable: true, description: '90th percentile in days (nine in ten jobs took at most this); null when no job counts.' }),
  }),
});

const InsightDeclineReason = builder.objectRef<DeclineReasonCount>('InsightDeclineReason').implement({
  description: 'How often candidates gave one reason to decline.',
  fields: (t) => ({
    kind: t.field({ type: DeclineKindEnum, description: 'A proposal or an offer declined.', resolve: (r) => r.kind }),
    reason: t.exposeString('reason', { description: 'The reason code (a DeclineReason value).' }),
    label: t.exposeString('label', { description: 'The reason in the words the candidate picked it by.' }),
    count: t.exposeInt('count', { description: 'How many declines gave it.' }),
  }),
});

const InsightCancellations = builder.objectRef<CancellationsByParty>('InsightCancellations').implement({
  description: "One side's interview cancellations in the range.",
  fields: (t) => ({
    party: t.field({ type: PartyEnum, description: 'The side that cancelled.', resolve: (c) => c.party }),
    count: t.exposeInt('count', { description: 'Interviews it cancelled.' }),
    lateCount: t.exposeInt('lateCount', { description: "Of those, cancelled with less notice than the agency's policy at the time." }),
    medianNoticeHours: t.exposeFloat('medianNoticeHours', { nullable: true, description: 'Median notice it gave, in hours; null with no cancellations.' }),
  }),
});

const InsightNoShows = builder.objectRef<NoShowsByParty>('InsightNoShows').implement({
  description: "One side's no-shows among the interviews that were due in the range.",
  fields: (t) => ({
    party: t.field({ type: PartyEnum, description: 'The side that did not come.', resolve: (n) => n.party }),
    count: t.exposeInt('count', { description: 'Interviews this side did not come to.' }),
    interviewsDue: t.exposeInt('interviewsDue', { description: 'Interviews that were due: started by now, and not cancelled or being moved.' }),
    rate: t.exposeFloat('rate', { nullable: true, description: 'The share of due interviews this side missed (count / interviewsDue), from 0 to 1; null when none was due.' }),
  }),
});

const InsightScoreBucket = builder.objectRef<ScoreBucket>('InsightScoreBucket').implement({
  description: 'The proposals whose match score (when proposed) fell in one band, and what became of them.',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'The band in words: "Under 50", "50–59", … "90+".' }),
    minScore: t.exposeInt('minScore', { description: 'Lowest score in the band.' }),
    maxScore: t.exposeInt('maxScore', { nullable: true, description: 'Scores in the band are below this; null for the top band.' }),
    proposals: t.exposeInt('proposals', { description: 'Proposals in the band.' }),
    accepted: t.exposeInt('accepted', { description: 'Of those, accepted by the candidate (whatever came after).' }),
    hired: t.exposeInt('hired', { description: 'Of those, hired.' }),
    acceptedRate: t.float({ nullable: true, description: 'The share accepted (accepted / proposals); null for an empty band.', resolve: (b) => (b.proposals ? b.accepted / b.proposals : null) }),
    hiredRate: t.float({ nullable: true, description: 'The share hired (hired / proposals); null for an empty band.', resolve: (b) => (b.proposals ? b.hired / b.proposals : null) }),
  }),
});

const InsightRef = builder.objectRef<Insight>('Insight').implement({
  description:
    "The agency's numbers over a range: the funnel, time to fill, why candidates decline, each side's reliability in interviews, and the match score against outcomes. Counted in the database when asked.",
  fields: (t) => ({
    from: t.expose('from', { type: 'DateTime', description: 'Start of the range (inclusive).' }),
    to: t.expose('to', { type: 'DateTime', description: 'End of the range (exclusive).' }),
    funnel: t.field({ type: InsightFunnel, description: 'The proposals made in the range and how far they got.', resolve: (i) => i.funnel }),
    timeToFirstProposal: t.field({
      type: InsightDuration,
      description: 'Jobs published in the range: days from publishing to their first proposal.',
      resolve: (i) => i.timeToFirstProposal,
    }),
    timeToFill: t.field({ type: InsightDuration, description: 'Jobs published in the range: days from publishing to their first hire.', resolve: (i) => i.timeToFill }),
    declineReasons: t.field({
      type: [InsightDeclineReason],
      description: 'Why the proposals made in the range were declined, most frequent reason first.',
      resolve: (i) => i.declineReasons,
    }),
    cancellations: t.field({
      type: [InsightCancellations],
      description: 'Interviews set to start in the range and cancelled, by the side that cancelled: CANDIDATE, RECRUITER, CLIENT.',
      resolve: (i) => i.cancellations,
    }),
    noShows: t.field({
      type: [InsightNoShows],
      description: 'Interviews set to start in the range that a side did not come to: CANDIDATE, RECRUITER, CLIENT.',
      resolve: (i) => i.noShows,
    }),
    scoreVersusOutcome: t.field({
      type: [InsightScoreBucket],
      description: 'The proposals made in the range by match score band (under 50, 50–59, … 90+), with how many were accepted and hired.',
      resolve: (i) => i.scoreVersusOutcome,
    }),
  }),
});

const InsightFilter = builder.inputType('InsightFilter', {
  description: `What to count: a range of at most 2 years (${MAX_INSIGHT_RANGE_DAYS} days), and optionally one recruiter, client company or job.`,
  fields: (t) => ({
    from: t.field({ type: 'DateTime', required: true, description: 'Start of the range (inclusive).' }),
    to: t.field({ type: 'DateTime', required: true, description: 'End of the range (exclusive); not before `from`.' }),
    recruiterId: t.id({ description: "Only this recruiter's proposals (a User of your agency)." }),
    clientCompanyId: t.id({ description: "Only this client company's jobs. A key limited to one client always counts its own." }),
    jobId: t.id({ description: 'Only this job.' }),
  }),
});

builder.queryField('insight', (t) =>
  t.field({
    type: InsightRef,
    description:
      "The agency's insight over a range: for its staff (any recruiter of the agency may be filtered on) and partner keys with INSIGHT_READ (a key limited to one client counts that client only, whatever the filter says). An ID of another agency, or a range out of order or over 2 years, is a ValidationError naming the field.",
    authScopes: { $any: { staff: true, partner: 'INSIGHT_READ' } },
    args: { filter: t.arg({ type: InsightFilter, required: true, description: 'The range and the optional recruiter, client or job.' }) },
    errors: {
      types: [ValidationError, NotAllowedError],
      union: { description: 'The numbers, or why they were not given (switch on __typename).' },
      result: { description: 'The numbers for the filter.' },
      dataField: { name: 'insight', description: 'The numbers for the filter.' },
    },
    resolve: async (_root, { filter }, ctx) => {
      const scope = await resolveInsightScope(ctx, filter, now());
      return readInsight(ctx.prisma, scope);
    },
  }),
);
