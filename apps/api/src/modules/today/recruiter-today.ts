import { builder } from '../../builder.ts';
import { clockFromEnv } from '../common/clock.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError, ValidationError } from '../errors/errors.ts';
import { acknowledgeExpiredProposal } from './acknowledge-expired-proposal.ts';
import { acknowledgeLateCancellation } from './acknowledge-late-cancellation.ts';
import { LOOK_BACK_DAYS, MAX_TODAY_ITEMS, OFFER_WAIT_DAYS, readTodayItems, type TodayItemKind, type TodayItemRow } from './read-today-items.ts';

// Tests and demos move the API's time with SHORTLIST_TEST_CLOCK_FILE; Today must move with it.
const clock = clockFromEnv();

const TodayItemKindEnum = builder.enumType('TodayItemKind', {
  description: 'What needs the recruiter, most urgent first (recruiterToday lists items in this order, then by dueAt).',
  values: {
    RESCHEDULE_REQUESTED: { description: 'An interview needs a new time (NEEDS_RESCHEDULING) and none is set yet. dueAt: when it was asked.' },
    INTERVIEW_TO_MARK: { description: 'An interview ended and is still SCHEDULED: mark it completed or record a no-show. dueAt: its end.' },
    PROPOSAL_EXPIRING: { description: 'A proposal the candidate has not answered expires within 24 hours. dueAt: its respond-by.' },
    INTERVIEW_TO_SCHEDULE: { description: 'The candidate accepted and no interview is set. dueAt: when they accepted.' },
    LATE_CANCELLATION: {
      description: `The candidate or the client cancelled an interview late (in the last ${LOOK_BACK_DAYS} days) and nobody acknowledged it yet. dueAt: when it was cancelled.`,
    },
    OFFER_AWAITING_ANSWER: { description: `An offer the candidate has not answered for ${OFFER_WAIT_DAYS} days or more. dueAt: the offer plus ${OFFER_WAIT_DAYS} days.` },
    ANSWER_DUE_SOON: { description: "The candidate's answer is due within 24 to 48 hours. dueAt: the respond-by." },
    PROPOSAL_EXPIRED: {
      description: `A proposal lapsed unanswered (in the last ${LOOK_BACK_DAYS} days) and nobody closed it on Today yet. dueAt: its respond-by.`,
    },
  } satisfies Record<TodayItemKind, { description: string }>,
});

const ACTION_OF = {
  RESCHEDULE_REQUESTED: 'PICK_NEW_TIME',
  INTERVIEW_TO_MARK: 'MARK_INTERVIEW',
  PROPOSAL_EXPIRING: 'FOLLOW_UP',
  INTERVIEW_TO_SCHEDULE: 'SCHEDULE_INTERVIEW',
  LATE_CANCELLATION: 'ACKNOWLEDGE',
  OFFER_AWAITING_ANSWER: 'FOLLOW_UP',
  ANSWER_DUE_SOON: 'FOLLOW_UP',
  PROPOSAL_EXPIRED: 'ACKNOWLEDGE',
} as const satisfies Record<TodayItemKind, string>;

const TodayActionEnum = builder.enumType('TodayAction', {
  description: 'The one action that clears a Today item.',
  values: {
    PICK_NEW_TIME: { description: 'rescheduleInterview on `interview`.' },
    MARK_INTERVIEW: { description: 'completeInterview or recordNoShow on `interview`.' },
    SCHEDULE_INTERVIEW: { description: 'scheduleInterview on `proposal`.' },
    FOLLOW_UP: {
      description: 'Talk to the candidate; the item leaves when they answer (or, for an offer, when the hire, a decline or a rejection is recorded).',
    },
    ACKNOWLEDGE: {
      description: 'Nothing left to do but take note: acknowledgeLateCancellation on `interview`, or acknowledgeExpiredProposal on `proposal`.',
    },
  } as const,
});

const TodayScopeEnum = builder.enumType('TodayScope', {
  description: 'Whose proposals recruiterToday looks at.',
  values: {
    MINE: { description: "The signed-in recruiter's own proposals (the default)." },
    AGENCY: { description: "Every proposal of the agency, whoever made it (recruiters and admins)." },
  } as const,
});

const TodayItemRef = builder.objectRef<TodayItemRow>('TodayItem').implement({
  description: 'One thing that needs the recruiter: what, about which proposal (and interview), when, and the action that clears it.',
  fields: (t) => ({
    key: t.string({
      description: 'Stable while the item stays: its kind and the IDs it is about (a list key, not a global ID).',
      resolve: (item) => [item.kind, item.proposalId, item.interviewId ?? ''].join(':'),
    }),
    kind: t.field({ type: TodayItemKindEnum, description: 'What needs action.', resolve: (item) => item.kind }),
    action: t.field({ type: TodayActionEnum, description: 'The action that clears it.', resolve: (item) => ACTION_OF[item.kind] }),
    dueAt: t.field({
      type: 'DateTime',
      description: 'When it became due (in the past: the request, the end, the cancellation, the acceptance) or is due (a respond-by ahead).',
      resolve: (item) => item.dueAt,
    }),
    candidateName: t.exposeString('candidateName', { description: "The candidate's full name." }),
    jobTitle: t.exposeString('jobTitle', { description: "The job's title." }),
    clientName: t.exposeString('clientName', { description: "The job's client company." }),
    recruiterName: t.exposeString('recruiterName', { description: 'The recruiter who made the proposal (with scope AGENCY, not always you).' }),
    proposal: t.prismaField({
      type: 'Proposal',
      description: 'The proposal it is about.',
      resolve: (query, item, _args, ctx) => ctx.prisma.proposal.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: item.proposalId } }),
    }),
    interview: t.prismaField({
      type: 'Interview',
      nullable: true,
      description: 'The interview it is about; null for proposal items (expiring, to schedule, offer, expired).',
      resolve: (query, item, _args, ctx) => {
        // Spread even for proposal items: a query left untouched is an error outside production.
        const interviewQuery = nonEmptyQuery({ ...query });
        return item.interviewId ? ctx.prisma.interview.findUniqueOrThrow({ ...interviewQuery, where: { id: item.interviewId } }) : null;
      },
    }),
  }),
});

interface TodayRoot {
  agencyId: string;
  recruiterId: string | null;
  now: Date;
}

const RecruiterTodayRef = builder.objectRef<TodayRoot>('RecruiterToday').implement({
  description: "A recruiter's Today: what needs action, most urgent first, and the interviews coming up.",
  fields: (t) => ({
    now: t.field({ type: 'DateTime', description: 'The moment the list was computed for (the API clock).', resolve: (root) => root.now }),
    items: t.field({
      type: [TodayItemRef],
      description: `What needs action, ordered by kind (TodayItemKind's order), then dueAt; at most ${MAX_TODAY_ITEMS}.`,
      resolve: (root, _args, ctx) => readTodayItems(ctx.prisma, root),
    }),
    upcomingInterviews: t.prismaField({
      type: ['Interview'],
      description: 'The next SCHEDULED interviews that have not started, soonest first.',
      args: { first: t.arg.int({ required: false, defaultValue: 5, description: 'How many, 1 to 20 (5 by default).' }) },
      resolve: (query, root, { first }, ctx) =>
        ctx.prisma.interview.findMany({
          ...query,
          where: {
            agencyId: root.agencyId,
            status: 'SCHEDULED',
            startsAt: { gt: root.now },
            ...(root.recruiterId ? { proposal: { recruiterId: root.recruiterId } } : {}),
          },
          orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
          take: Math.min(Math.max(first ?? 5, 1), 20),
        }),
    }),
  }),
});

builder.queryField('recruiterToday', (t) =>
  t.field({
    type: RecruiterTodayRef,
    description:
      "What needs the signed-in recruiter or admin today: reschedule requests, interviews to mark, answers and expiries coming, interviews to schedule, late cancellations and expiries to acknowledge, offers to chase. Their own proposals by default, the agency's with scope AGENCY. Staff only; candidates and partner keys are refused.",
    authScopes: { staff: true },
    args: { scope: t.arg({ type: TodayScopeEnum, required: false, defaultValue: 'MINE', description: 'MINE (the default) or AGENCY.' }) },
    resolve: (_root, { scope }, ctx) => {
      if (ctx.viewer?.kind !== 'user') throw new NotAllowedError();
      return { agencyId: ctx.viewer.agencyId, recruiterId: scope === 'AGENCY' ? null : ctx.viewer.userId, now: clock() };
    },
  }),
);

const errorTypes = [ValidationError, NotFoundError, NotAllowedError, InvalidTransitionError];

const AcknowledgeLateCancellationInput = builder.inputType('AcknowledgeLateCancellationInput', {
  description: 'The late-cancelled interview to acknowledge.',
  fields: (t) => ({ interviewId: t.id({ required: true, description: 'The interview (an Interview ID), cancelled late by the candidate or the client.' }) }),
});

builder.mutationField('acknowledgeLateCancellation', (t) =>
  t.prismaField({
    type: 'Interview',
    description:
      "Takes note of a late cancellation by the candidate or the client (recorded in the history as interview.late_cancellation_acknowledged), which takes it off recruiterToday. The agency's staff only; a second acknowledgement is an InvalidTransitionError.",
    authScopes: { staff: true },
    args: { input: t.arg({ type: AcknowledgeLateCancellationInput, required: true, description: 'The interview.' }) },
    errors: {
      types: errorTypes,
      union: { description: 'What acknowledgeLateCancellation answers: the interview, or the expected error that stopped it (switch on __typename).' },
      result: { description: 'Returned when acknowledgeLateCancellation worked: the interview, acknowledged.' },
      dataField: { name: 'interview', description: 'The cancelled interview.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await acknowledgeLateCancellation(ctx, { interviewId: String(input.interviewId) });
      return ctx.prisma.interview.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });
    },
  }),
);

const AcknowledgeExpiredProposalInput = builder.inputType('AcknowledgeExpiredProposalInput', {
  description: 'The expired proposal to close on Today.',
  fields: (t) => ({ proposalId: t.id({ required: true, description: 'The proposal (a Proposal ID), expired unanswered.' }) }),
});

builder.mutationField('acknowledgeExpiredProposal', (t) =>
  t.prismaField({
    type: 'Proposal',
    description:
      "Closes an expired proposal on Today (recorded in the history as proposal.expiry_acknowledged; its status stays EXPIRED), which takes it off recruiterToday. The agency's staff only; a second one is an InvalidTransitionError.",
    authScopes: { staff: true },
    args: { input: t.arg({ type: AcknowledgeExpiredProposalInput, required: true, description: 'The proposal.' }) },
    errors: {
      types: errorTypes,
      union: { description: 'What acknowledgeExpiredProposal answers: the proposal, or the expected error that stopped it (switch on __typename).' },
      result: { description: 'Returned when acknowledgeExpiredProposal worked: the proposal, closed on Today.' },
      dataField: { name: 'proposal', description: 'The expired proposal.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await acknowledgeExpiredProposal(ctx, { proposalId: String(input.proposalId) }, clock());
      return ctx.prisma.proposal.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });
    },
  }),
);

