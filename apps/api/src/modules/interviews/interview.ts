import { CancellationReason, InterviewStatus, Party, type Prisma } from '@shortlist/db/prisma';
import type { Viewer } from '../../context.ts';
import { describeNotice, REASON_LABELS } from '@shortlist/domain/interviews';
import { builder } from '../../builder.ts';
import { PartyEnum } from '../activity/activity-event.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { DEFAULT_LATE_NOTICE_MINUTES } from '../agency/cancellation-policy.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError, ValidationError } from '../errors/errors.ts';
import { InterviewFormatEnum } from '../proposals/proposal.ts';
import { canSeeProposal } from '../proposals/proposal-access.ts';
import { cancelInterview } from './cancel-interview.ts';
import { completeInterview, recordNoShow } from './record-interview-outcome.ts';
import { requestReschedule } from './request-reschedule.ts';
import { rescheduleInterview } from './reschedule-interview.ts';
import { scheduleInterview } from './schedule-interview.ts';
import { ShortNoticeError } from './short-notice-error.ts';

export const InterviewStatusEnum = builder.enumType(InterviewStatus, {
  name: 'InterviewStatus',
  description: 'Where an interview stands.',
  values: {
    SCHEDULED: { description: 'Set for its start time, and still to happen.' },
    COMPLETED: { description: 'It took place.' },
    CANCELLED: { description: 'Cancelled before the start; `cancellation` says by whom, why and with how much notice.' },
    NEEDS_RESCHEDULING: {
      description: 'Needs a new time: someone asked to move it, or it was moved (`rescheduledTo` is then the new interview).',
    },
    NO_SHOW: { description: 'Someone did not come; `noShowParty` says who.' },
  },
});
export const CancellationReasonEnum = builder.enumType(CancellationReason, {
  name: 'CancellationReason',
  description: 'Why an interview was cancelled (cancelInterview).',
  values: {
    ILLNESS_OR_EMERGENCY: { description: 'Illness or an emergency.' },
    SCHEDULE_CONFLICT: { description: 'A scheduling conflict.' },
    ACCEPTED_ANOTHER_OFFER: { description: 'The candidate accepted another offer.' },
    NO_LONGER_INTERESTED: { description: 'The candidate is no longer interested in the role.' },
    POSITION_FILLED: { description: 'The position has been filled.' },
    POSITION_CANCELLED: { description: 'The client cancelled the position.' },
    INTERVIEWER_UNAVAILABLE: { description: 'The interviewer is unavailable.' },
    OTHER: { description: 'Something else, said in `reasonText`.' },
  },
});

type CancellationShape = {
  by: Party | null;
  reason: CancellationReason;
  reasonText: string | null;
  message: string | null;
  at: Date | null;
  noticeGivenMinutes: number;
  isLate: boolean;
  noticeDescription: string;
};

const InterviewCancellation = builder.objectRef<CancellationShape>('InterviewCancellation').implement({
  description: 'Who cancelled, why, and how much notice they gave (late notice is recorded, never refused).',
  fields: (t) => ({
    by: t.expose('by', { type: PartyEnum, nullable: true, description: 'The side that cancelled; null when not recorded.' }),
    reason: t.expose('reason', { type: CancellationReasonEnum, description: 'The reason picked.' }),
    reasonLabel: t.string({
      description: 'The reason in words.',
      resolve: (c) => (REASON_LABELS.cancel as Record<string, string>)[c.reason] ?? c.reason,
    }),
    reasonText: t.exposeString('reasonText', { nullable: true, description: 'The reason in their own words; null unless the reason is OTHER.' }),
    message: t.exposeString('message', { nullable: true, description: 'The message to the other side; null when none was recorded.' }),
    at: t.expose('at', { type: 'DateTime', nullable: true, description: 'When it was cancelled; null when not recorded.' }),
    noticeGivenMinutes: t.exposeInt('noticeGivenMinutes', { description: 'Whole minutes between the cancellation and the start.' }),
    isLate: t.exposeBoolean('isLate', { description: "Whether that was late notice under the agency's policy when it was cancelled." }),
    noticeDescription: t.exposeString('noticeDescription', { description: 'E.g. "3 hours before the start: this is late notice under Northwind Talent\'s 24-hour policy."' }),
  }),
});

const RescheduleRequest = builder.objectRef<{ by: Party | null; reason: string; message: string | null }>('RescheduleRequest').implement({
  description: 'A request for a new interview time (requestReschedule), waiting for the recruiter to reschedule.',
  fields: (t) => ({
    by: t.expose('by', { type: PartyEnum, nullable: true, description: 'The side that asked; null when not recorded.' }),
    reason: t.exposeString('reason', { description: 'Why a new time is needed, in their words.' }),
    message: t.exposeString('message', {
      nullable: true,
      description: 'The message sent with the request (or with the move, when the recruiter moved it), as written; null when there was none.',
    }),
  }),
});

export const InterviewRef = builder.prismaNode('Interview', {
  id: { field: 'id' },
  description:
    "A meeting for an accepted proposal, in the time zone it was set in. Visible as its proposal is: to the agency's staff, the candidate, and partner keys with PROPOSALS_READ (of its client, when the key is limited); a key with PROPOSALS_WRITE alone reads the interview its own mutation answers with.",
  // Select mode: each field loads what it needs (the job page reads a few of an interview's 35 columns).
  select: { id: true, proposal: { select: { agencyId: true, candidateId: true, job: { select: { clientCompanyId: true } } } } },
  // proposalOfCaller: granted by the answers of the interview mutations a partner key may send with PROPOSALS_WRITE
  // alone (otherwise the change is made and the answer is FORBIDDEN with data null), and passed down by
  // Proposal.interviews for a proposal the key's own mutation answered with.
  authScopes: (interview, ctx) => canSeeProposal(ctx.viewer, interview.proposal) || { $granted: 'proposalOfCaller' },
  fields: (t) => ({
    status: t.expose('status', { type: InterviewStatusEnum, description: 'Where the interview stands.' }),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'When it starts.' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', description: 'When it ends.' }),
    timeZone: t.exposeString('timeZone', { description: 'The IANA zone it was set in, e.g. "Europe/Berlin"; show times in it.' }),
    format: t.expose('format', { type: InterviewFormatEnum, description: 'Video, phone or onsite.' }),
    location: t.exposeString('location', { nullable: true, description: 'An address onsite, a link or phone number otherwise; null when not given.' }),
    // Same visibility as the interview; the grant lets a key that read the interview through its own mutation read it.
    proposal: t.relation('proposal', { description: 'The proposal the interview is for.', grantScopes: ['proposalOfCaller'] }),
    cancellation: t.field({
      type: InterviewCancellation,
      nullable: true,
      description: 'Who cancelled, why and with how much notice; null unless it was cancelled.',
      select: {
        cancelledBy: true,
        cancellationReason: true,
        cancellationReasonText: true,
        cancellationMessage: true,
        cancelledAt: true,
        noticeGivenMinutes: true,
        isLateCancellation: true,
        agency: { select: { name: true, cancellationPolicy: { select: { lateNoticeMinutes: true } } } },
      },
      resolve: (i) => {
        if (!i.cancellationReason) return null;
        const noticeGivenMinutes = i.noticeGivenMinutes ?? 0;
        const isLate = i.isLateCancellation ?? false;
        const lateNoticeMinutes = i.agency.cancellationPolicy?.lateNoticeMinutes ?? DEFAULT_LATE_NOTICE_MINUTES;
        return {
          by: i.cancelledBy,
          reason: i.cancellationReason,
          reasonText: i.cancellationReasonText,
          message: i.cancellationMessage,
          at: i.cancelledAt,
          noticeGivenMinutes,
          isLate,
          noticeDescription: describeNotice({ noticeGivenMinutes, isLate, lateNoticeMinutes, agencyName: i.agency.name }),
        };
      },
    }),
    noShowParty: t.expose('noShowParty', { type: PartyEnum, nullable: true, description: 'Who did not come; null unless the status is NO_SHOW.' }),
    rescheduledFrom: t.relation('rescheduledFrom', {
      nullable: true,
      description: 'The interview this one replaces; null unless it was made by rescheduleInterview.',
      grantScopes: ['proposalOfCaller'],
    }),
    rescheduledTo: t.relation('rescheduledTo', {
      nullable: true,
      description: 'The interview that replaced this one; null unless it was moved.',
      grantScopes: ['proposalOfCaller'],
    }),
    rescheduleRequest: t.field({
      type: RescheduleRequest,
      nullable: true,
      description: 'A pending or answered request for a new time; null when nobody asked.',
      select: {
        rescheduleRequestedBy: true,
        rescheduleReason: true,
        // The message is on the request's history event (a recruiter's direct move records one too).
        activityEvents: { where: { action: 'interview.reschedule_requested' }, orderBy: { createdAt: 'desc' }, take: 1, select: { message: true } },
      },
      resolve: (i) =>
        i.rescheduleReason ? { by: i.rescheduleRequestedBy, reason: i.rescheduleReason, message: i.activityEvents[0]?.message ?? null } : null,
    }),
    calendarUrl: t.string({
      description: 'The path of the .ics invite, e.g. "/interviews/…ics", read with the same sign-in or key.',
      select: { id: true },
      resolve: (i) => `/interviews/${i.id}.ics`,
    }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: 'When it was marked completed; null otherwise.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was scheduled.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When anything about the interview last changed.' }),
    version: t.exposeInt('version', { description: 'Goes up by one with every change; the calendar invite carries it as SEQUENCE.' }),
  }),
});

const InterviewWhenEnum = builder.enumType('InterviewWhen', {
  description: 'Which of the candidate\'s interviews myInterviews lists.',
  values: {
    UPCOMING: { description: 'Not ended yet, soonest first.' },
    PAST: { description: 'Ended, most recent first.' },
  } as const,
});

/** The signed-in candidate's interviews, upcoming (not ended) or past; null for anyone else. */
function myInterviewsWhere(viewer: Viewer | null, when: 'UPCOMING' | 'PAST' | null | undefined, now: Date): Prisma.InterviewWhereInput | null {
  const candidateId = viewer?.kind === 'user' ? viewer.candidateProfileId : null;
  if (!candidateId) return null;
  return { proposal: { candidateId }, endsAt: when === 'PAST' ? { lt: now } : { gte: now } };
}

builder.queryField('myInterviews', (t) =>
  t.prismaConnection(
    {
      type: 'Interview',
      cursor: 'id',
      description:
        "The signed-in candidate's interviews: upcoming ones first (soonest first) by default. Candidates only; the agency's staff and partner keys read interviews through Proposal.interviews and the changes feed.",
      authScopes: { candidate: true },
      args: { when: t.arg({ type: InterviewWhenEnum, required: false, defaultValue: 'UPCOMING', description: 'Upcoming (the default) or past interviews.' }) },
      totalCount: (_root, { when }, ctx) => {
        const where = myInterviewsWhere(ctx.viewer, when, new Date());
        return where ? ctx.prisma.interview.count({ where }) : 0;
      },
      resolve: (given, _root, { when }, ctx) => {
        // Spread before any early answer: a query left untouched is an error outside production.
        const query = { ...given };
        const where = myInterviewsWhere(ctx.viewer, when, new Date());
        if (!where) return [];
        return ctx.prisma.interview.findMany({ ...query, where, orderBy: [{ startsAt: when === 'PAST' ? 'desc' : 'asc' }, { id: 'asc' }] });
      },
    },
    { name: 'InterviewConnection', description: 'A page of interviews.' },
    { name: 'InterviewEdge', description: 'An interview in a page, with its cursor.' },
  ),
);

// ───────────────────────────── mutations ─────────────────────────────

const errorTypes = [ValidationError, NotFoundError, NotAllowedError, InvalidTransitionError];
const loadInterview = (query: object, ctx: { prisma: { interview: { findUniqueOrThrow: (args: any) => any } } }, id: string) =>
  ctx.prisma.interview.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });

/** The descriptions of a mutation's result union and success type, and of its `interview` field. */
const answerOf = (mutation: string, success: string, dataField: { description: string; grantScopes?: string[] }) => ({
  union: { description: `What ${mutation} answers: ${success}, or the expected error that stopped it (switch on __typename).` },
  result: { description: `Returned when ${mutation} worked: ${success}.` },
  dataField: { name: 'interview', ...dataField },
});
// A partner key may send this mutation with PROPOSALS_WRITE alone: it reads the interview it just moved.
const grantedToCaller = { grantScopes: ['proposalOfCaller'] };

const interviewTimeFields = (t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<any>, 'InputObject'>) => ({
  startsAt: t.field({ type: 'DateTime', required: true, description: 'When it starts; in the future.' }),
  endsAt: t.field({ type: 'DateTime', required: true, description: 'When it ends; after startsAt.' }),
  timeZone: t.string({ required: true, description: 'The IANA zone the times are meant in, e.g. "Europe/Berlin".' }),
  format: t.field({ type: InterviewFormatEnum, required: true, description: 'Video, phone or onsite.' }),
  location: t.string({ required: false, description: 'The address (required onsite), link or phone number.' }),
});

const acknowledgeShortNoticeField = (t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<any>, 'InputObject'>) =>
  t.boolean({
    required: false,
    description:
      "True when the recruiter saw the short-notice warning (ShortNoticeError) and keeps the time: less notice than the agency's policy is then saved and recorded. Left out or false, such a time is refused with ShortNoticeError.",
  });

const ScheduleInterviewInput = builder.inputType('ScheduleInterviewInput', {
  description: 'The proposal and the time of the interview to schedule.',
  fields: (t) => ({
    proposalId: t.id({ required: true, description: 'The proposal (a Proposal ID), ACCEPTED or INTERVIEWING.' }),
    ...interviewTimeFields(t as never),
    acknowledgeShortNotice: acknowledgeShortNoticeField(t as never),
  }),
});
// A time closer than the agency's notice policy is refused until the recruiter acknowledges it.
const schedulingErrorTypes = [...errorTypes, ShortNoticeError];

builder.mutationField('scheduleInterview', (t) =>
  t.prismaField({
    type: 'Interview',
    description:
      "Schedules an interview (a first one, or another round) for an accepted proposal, which becomes INTERVIEWING; the candidate is told. The agency's staff only.",
    authScopes: { staff: true },
    args: { input: t.arg({ type: ScheduleInterviewInput, required: true, description: 'The proposal and the time.' }) },
    errors: { types: schedulingErrorTypes, ...answerOf('scheduleInterview', 'the new SCHEDULED interview', { description: 'The new interview.' }) },
    resolve: async (query, _root, { input }, ctx) =>
      loadInterview(query, ctx, await scheduleInterview(ctx, { ...(input as never as Parameters<typeof scheduleInterview>[1]), proposalId: String(input.proposalId) })),
  }),
);

const RequestRescheduleInput = builder.inputType('RequestRescheduleInput', {
  description: 'The interview that needs a new time, and why.',
  fields: (t) => ({
    interviewId: t.id({ required: true, description: 'The interview (an Interview ID), SCHEDULED and not started.' }),
    reason: t.string({ required: true, description: 'Why a new time is needed (3-500 characters).' }),
    message: t.string({ required: false, description: 'A note for the other side.' }),
  }),
});

builder.mutationField('requestReschedule', (t) =>
  t.prismaField({
    type: 'Interview',
    description:
      "Asks for a new time before the start (NEEDS_RESCHEDULING); the other side is told and the recruiter reschedules. By the candidate, the agency's staff, or a partner key with PROPOSALS_WRITE (of the job's client, when limited).",
    authScopes: { $any: { candidate: true, staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: RequestRescheduleInput, required: true, description: 'The interview and the reason.' }) },
    errors: {
      types: errorTypes,
      ...answerOf('requestReschedule', 'the interview, now NEEDS_RESCHEDULING', { description: 'The interview, with its request.', ...grantedToCaller }),
    },
    resolve: async (query, _root, { input }, ctx) => loadInterview(query, ctx, await requestReschedule(ctx, { ...input, interviewId: String(input.interviewId) })),
  }),
);

const RescheduleInterviewInput = builder.inputType('RescheduleInterviewInput', {
  description: 'The interview to move, its new time, and why.',
  fields: (t) => ({
    interviewId: t.id({ required: true, description: 'The interview to move (an Interview ID), SCHEDULED or NEEDS_RESCHEDULING.' }),
    ...interviewTimeFields(t as never),
    reason: t.string({
      required: false,
      description:
        'Why the time moves (3-500 characters). Required when moving an interview that is still SCHEDULED and nobody has asked to move (no pending reschedule request); optional when answering a request or re-timing a NEEDS_RESCHEDULING interview.',
    }),
    message: t.string({ required: false, description: 'Optional: a note the candidate will read with the new time (up to 2,000 characters).' }),
    acknowledgeShortNotice: acknowledgeShortNoticeField(t as never),
  }),
});

builder.mutationField('rescheduleInterview', (t) =>
  t.prismaField({
    type: 'Interview',
    description:
      "Moves an interview to a new time: the old one becomes NEEDS_RESCHEDULING and the answer is the new SCHEDULED interview, linked to it (rescheduledFrom). The agency's staff only.",
    authScopes: { staff: true },
    args: { input: t.arg({ type: RescheduleInterviewInput, required: true, description: 'The interview, the new time and the reason.' }) },
    errors: { types: schedulingErrorTypes, ...answerOf('rescheduleInterview', 'the new SCHEDULED interview', { description: 'The new interview, linked to the one it replaces.' }) },
    resolve: async (query, _root, { input }, ctx) =>
      loadInterview(query, ctx, await rescheduleInterview(ctx, { ...(input as never as Parameters<typeof rescheduleInterview>[1]), interviewId: String(input.interviewId) })),
  }),
);

const CancelInterviewInput = builder.inputType('CancelInterviewInput', {
  description: 'The interview to cancel, why, and the message to the other side.',
  fields: (t) => ({
    interviewId: t.id({ required: true, description: 'The interview (an Interview ID), SCHEDULED and not started.' }),
    reason: t.field({ type: CancellationReasonEnum, required: false, description: 'Required; OTHER needs reasonText.' }),
    reasonText: t.string({ required: false, description: 'The reason in your own words (required for OTHER, at most 500 characters).' }),
    message: t.string({ required: false, description: 'Required: a message the other side will read (10-2,000 characters).' }),
  }),
});

builder.mutationField('cancelInterview', (t) =>
  t.prismaField({
    type: 'Interview',
    description:
      "Cancels an interview before the start, or one waiting for a new time until the new time is set, with a reason and a message (CANCELLED); the notice given is recorded against the agency's policy, never refused for being late. By the candidate, the agency's staff, or a partner key with PROPOSALS_WRITE (of the job's client, when limited).",
    authScopes: { $any: { candidate: true, staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: CancelInterviewInput, required: true, description: 'The interview, the reason and the message.' }) },
    errors: {
      types: errorTypes,
      ...answerOf('cancelInterview', 'the interview, now CANCELLED', { description: 'The interview, with its cancellation.', ...grantedToCaller }),
    },
    resolve: async (query, _root, { input }, ctx) => loadInterview(query, ctx, await cancelInterview(ctx, { ...input, interviewId: String(input.interviewId) })),
  }),
);

const CompleteInterviewInput = builder.inputType('CompleteInterviewInput', {
  description: 'The interview that took place.',
  fields: (t) => ({ interviewId: t.id({ required: true, description: 'The interview (an Interview ID), SCHEDULED and started.' }) }),
});

builder.mutationField('completeInterview', (t) =>
  t.prismaField({
    type: 'Interview',
    description:
      "Marks an interview that has started as completed (COMPLETED); the other side is told. By the agency's staff, or a partner key with PROPOSALS_WRITE (of the job's client, when limited).",
    authScopes: { $any: { staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: CompleteInterviewInput, required: true, description: 'The interview.' }) },
    errors: {
      types: errorTypes,
      ...answerOf('completeInterview', 'the interview, now COMPLETED', { description: 'The interview, now COMPLETED.', ...grantedToCaller }),
    },
    resolve: async (query, _root, { input }, ctx) => loadInterview(query, ctx, await completeInterview(ctx, { interviewId: String(input.interviewId) })),
  }),
);

const RecordNoShowInput = builder.inputType('RecordNoShowInput', {
  description: 'The interview someone did not come to, and who.',
  fields: (t) => ({
    interviewId: t.id({ required: true, description: "The interview (an Interview ID), SCHEDULED, from its start plus the agency's grace minutes." }),
    party: t.field({ type: PartyEnum, required: true, description: 'Who did not come.' }),
    note: t.string({
      required: false,
      description:
        'Required: what you saw (10-2,000 characters), e.g. "Waited 20 minutes in the call; no answer by phone or e-mail." It goes on the record beside the no-show, and the side held absent can contest it.',
    }),
  }),
});

builder.mutationField('recordNoShow', (t) =>
  t.prismaField({
    type: 'Interview',
    description:
      "Records who did not come (NO_SHOW), with a required note of what the recorder saw; only from the start plus the agency's grace minutes (15 by default). The side held absent may contest it once (contestNoShow). By the agency's staff, or a partner key with PROPOSALS_WRITE (of the job's client, when limited).",
    authScopes: { $any: { staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: RecordNoShowInput, required: true, description: 'The interview and who did not come.' }) },
    errors: {
      types: errorTypes,
      ...answerOf('recordNoShow', 'the interview, now NO_SHOW', { description: 'The interview, now NO_SHOW.', ...grantedToCaller }),
    },
    resolve: async (query, _root, { input }, ctx) => loadInterview(query, ctx, await recordNoShow(ctx, { interviewId: String(input.interviewId), party: input.party, note: input.note })),
  }),
);
