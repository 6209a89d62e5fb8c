import { CancellationReason, InterviewStatus, Party } from '@shortlist/db/prisma';
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

export const InterviewStatusEnum = builder.enumType(InterviewStatus, { name: 'InterviewStatus' });
export const CancellationReasonEnum = builder.enumType(CancellationReason, { name: 'CancellationReason' });

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
    by: t.expose('by', { type: PartyEnum, nullable: true }),
    reason: t.expose('reason', { type: CancellationReasonEnum }),
    reasonLabel: t.string({ resolve: (c) => (REASON_LABELS.cancel as Record<string, string>)[c.reason] ?? c.reason }),
    reasonText: t.exposeString('reasonText', { nullable: true }),
    message: t.exposeString('message', { nullable: true }),
    at: t.expose('at', { type: 'DateTime', nullable: true }),
    noticeGivenMinutes: t.exposeInt('noticeGivenMinutes', { description: 'Whole minutes between the cancellation and the start.' }),
    isLate: t.exposeBoolean('isLate', { description: "Under the agency's policy when it was cancelled." }),
    noticeDescription: t.exposeString('noticeDescription', { description: 'E.g. "3 hours before the start: this is late notice under Northwind Talent\'s 24-hour policy."' }),
  }),
});

const RescheduleRequest = builder.objectRef<{ by: Party | null; reason: string }>('RescheduleRequest').implement({
  fields: (t) => ({ by: t.expose('by', { type: PartyEnum, nullable: true }), reason: t.exposeString('reason') }),
});

export const InterviewRef = builder.prismaNode('Interview', {
  id: { field: 'id' },
  description: 'A meeting for an accepted proposal, in the time zone it was set in. Visible like its proposal.',
  include: { proposal: { select: { agencyId: true, candidateId: true, job: { select: { clientCompanyId: true } } } } },
  authScopes: (interview, ctx) => canSeeProposal(ctx.viewer, interview.proposal),
  fields: (t) => ({
    status: t.expose('status', { type: InterviewStatusEnum }),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    timeZone: t.exposeString('timeZone', { description: 'The IANA zone it was set in; show times in it.' }),
    format: t.expose('format', { type: InterviewFormatEnum }),
    location: t.exposeString('location', { nullable: true, description: 'An address onsite, a link or phone number otherwise.' }),
    proposal: t.relation('proposal'),
    cancellation: t.field({
      type: InterviewCancellation,
      nullable: true,
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
    noShowParty: t.expose('noShowParty', { type: PartyEnum, nullable: true }),
    rescheduledFrom: t.relation('rescheduledFrom', { nullable: true, description: 'The interview this one replaces.' }),
    rescheduledTo: t.relation('rescheduledTo', { nullable: true, description: 'The interview that replaced this one.' }),
    rescheduleRequest: t.field({
      type: RescheduleRequest,
      nullable: true,
      select: { rescheduleRequestedBy: true, rescheduleReason: true },
      resolve: (i) => (i.rescheduleReason ? { by: i.rescheduleRequestedBy, reason: i.rescheduleReason } : null),
    }),
    calendarUrl: t.string({ description: 'Path of the .ics invite (same sign-in).', select: { id: true }, resolve: (i) => `/interviews/${i.id}.ics` }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When anything about the interview last changed.' }),
    version: t.exposeInt('version', { description: 'Advances with every change; the calendar invite carries it as SEQUENCE.' }),
  }),
});

const InterviewWhenEnum = builder.enumType('InterviewWhen', {
  values: {
    UPCOMING: { description: 'Not ended yet, soonest first.' },
    PAST: { description: 'Ended, most recent first.' },
  } as const,
});

builder.queryField('myInterviews', (t) =>
  t.prismaConnection(
    {
      type: 'Interview',
      cursor: 'id',
      description: "The signed-in candidate's interviews: upcoming ones first (soonest first) by default.",
      authScopes: { candidate: true },
      args: { when: t.arg({ type: InterviewWhenEnum, required: false, defaultValue: 'UPCOMING' }) },
      resolve: (query, _root, { when }, ctx) => {
        const candidateId = ctx.viewer?.kind === 'user' ? ctx.viewer.candidateProfileId : null;
        if (!candidateId) return [];
        const now = new Date();
        const isPast = when === 'PAST';
        return ctx.prisma.interview.findMany({
          ...query,
          where: { proposal: { candidateId }, endsAt: isPast ? { lt: now } : { gte: now } },
          orderBy: [{ startsAt: isPast ? 'desc' : 'asc' }, { id: 'asc' }],
        });
      },
    },
    { name: 'InterviewConnection' },
    { name: 'InterviewEdge' },
  ),
);

// ───────────────────────────── mutations ─────────────────────────────

const errorTypes = [ValidationError, NotFoundError, NotAllowedError, InvalidTransitionError];
const loadInterview = (query: object, ctx: { prisma: { interview: { findUniqueOrThrow: (args: any) => any } } }, id: string) =>
  ctx.prisma.interview.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });

const interviewTimeFields = (t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<any>, 'InputObject'>) => ({
  startsAt: t.field({ type: 'DateTime', required: true }),
  endsAt: t.field({ type: 'DateTime', required: true }),
  timeZone: t.string({ required: true, description: 'IANA zone, e.g. Europe/Berlin.' }),
  format: t.field({ type: InterviewFormatEnum, required: true }),
  location: t.string({ required: false, description: 'Address (required onsite), link or phone number.' }),
});

const ScheduleInterviewInput = builder.inputType('ScheduleInterviewInput', {
  fields: (t) => ({ proposalId: t.id({ required: true }), ...interviewTimeFields(t as never) }),
});

builder.mutationField('scheduleInterview', (t) =>
  t.prismaField({
    type: 'Interview',
    description: 'Schedules an interview (a first one, or another round) for an accepted proposal. Staff only.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: ScheduleInterviewInput, required: true }) },
    errors: { types: errorTypes, dataField: { name: 'interview' } },
    resolve: async (query, _root, { input }, ctx) =>
      loadInterview(query, ctx, await scheduleInterview(ctx, { ...(input as never as Parameters<typeof scheduleInterview>[1]), proposalId: String(input.proposalId) })),
  }),
);

const RequestRescheduleInput = builder.inputType('RequestRescheduleInput', {
  fields: (t) => ({
    interviewId: t.id({ required: true }),
    reason: t.string({ required: true, description: 'Why a new time is needed (3-500 characters).' }),
    message: t.string({ required: false, description: 'A note for the other side.' }),
  }),
});

builder.mutationField('requestReschedule', (t) =>
  t.prismaField({
    type: 'Interview',
    description: 'Either side asks for a new time before the start.',
    authScopes: { $any: { candidate: true, staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: RequestRescheduleInput, required: true }) },
    errors: { types: errorTypes, dataField: { name: 'interview' } },
    resolve: async (query, _root, { input }, ctx) => loadInterview(query, ctx, await requestReschedule(ctx, { ...input, interviewId: String(input.interviewId) })),
  }),
);

const RescheduleInterviewInput = builder.inputType('RescheduleInterviewInput', {
  fields: (t) => ({
    interviewId: t.id({ required: true }),
    ...interviewTimeFields(t as never),
    reason: t.string({
      required: false,
      description:
        'Why the time moves (3-500 characters). Required when moving an interview that is still SCHEDULED and nobody has asked to move (no pending reschedule request); optional when answering a request or re-timing a NEEDS_RESCHEDULING interview.',
    }),
    message: t.string({ required: false, description: 'Optional: a note the candidate will read with the new time (up to 2,000 characters).' }),
  }),
});

builder.mutationField('rescheduleInterview', (t) =>
  t.prismaField({
    type: 'Interview',
    description: 'Moves an interview to a new time: returns the new interview, linked to the one it replaces. Staff only.',
    authScopes: { staff: true },
    args: { input: t.arg({ type: RescheduleInterviewInput, required: true }) },
    errors: { types: errorTypes, dataField: { name: 'interview' } },
    resolve: async (query, _root, { input }, ctx) =>
      loadInterview(query, ctx, await rescheduleInterview(ctx, { ...(input as never as Parameters<typeof rescheduleInterview>[1]), interviewId: String(input.interviewId) })),
  }),
);

const CancelInterviewInput = builder.inputType('CancelInterviewInput', {
  fields: (t) => ({
    interviewId: t.id({ required: true }),
    reason: t.field({ type: CancellationReasonEnum, required: false, description: 'Required; OTHER needs reasonText.' }),
    reasonText: t.string({ required: false }),
    message: t.string({ required: false, description: 'Required: a message the other side will read (10-2,000 characters).' }),
  }),
});

builder.mutationField('cancelInterview', (t) =>
  t.prismaField({
    type: 'Interview',
    description: "Cancels before the start, with a reason and a message; the notice given is recorded against the agency's policy.",
    authScopes: { $any: { candidate: true, staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: CancelInterviewInput, required: true }) },
    errors: { types: errorTypes, dataField: { name: 'interview' } },
    resolve: async (query, _root, { input }, ctx) => loadInterview(query, ctx, await cancelInterview(ctx, { ...input, interviewId: String(input.interviewId) })),
  }),
);

const CompleteInterviewInput = builder.inputType('CompleteInterviewInput', { fields: (t) => ({ interviewId: t.id({ required: true }) }) });

builder.mutationField('completeInterview', (t) =>
  t.prismaField({
    type: 'Interview',
    description: 'Marks an interview that has started as completed. Staff, or a partner key with proposals:write.',
    authScopes: { $any: { staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: CompleteInterviewInput, required: true }) },
    errors: { types: errorTypes, dataField: { name: 'interview' } },
    resolve: async (query, _root, { input }, ctx) => loadInterview(query, ctx, await completeInterview(ctx, { interviewId: String(input.interviewId) })),
  }),
);

const RecordNoShowInput = builder.inputType('RecordNoShowInput', {
  fields: (t) => ({
    interviewId: t.id({ required: true }),
    party: t.field({ type: PartyEnum, required: true, description: 'Who did not come.' }),
  }),
});

builder.mutationField('recordNoShow', (t) =>
  t.prismaField({
    type: 'Interview',
    description: "Records who did not come; only from the start plus the agency's grace minutes (15 by default).",
    authScopes: { $any: { staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: RecordNoShowInput, required: true }) },
    errors: { types: errorTypes, dataField: { name: 'interview' } },
    resolve: async (query, _root, { input }, ctx) => loadInterview(query, ctx, await recordNoShow(ctx, { interviewId: String(input.interviewId), party: input.party })),
  }),
);
