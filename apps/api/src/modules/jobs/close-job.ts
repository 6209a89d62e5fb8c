import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Job, Proposal as ProposalRow } from '@shortlist/db/prisma';
import { CLOSABLE_JOB_STATUSES, describeNotice, type JobClosingOutcome } from '@shortlist/domain/interviews';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { appendChange, type Change } from '../change-log/append-change.ts';
import { changeActorOf } from '../change-log/change-actor-of.ts';
import { idFromGlobalId } from '../common/global-id.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError, parseInput, ValidationError } from '../errors/errors.ts';
import { getMatchService } from '../matches/match-service.ts';
import { ProposalRef } from '../proposals/proposal.ts';
import { canManageJobs } from './can-see-job.ts';
import { closeOpenProposalsOfJob, lateNoticeMinutesOf, planClosingOfJob, type ClosingPerson, type JobClosingPlanEntry } from './close-job-cascade.ts';
import { JobRef, ProposalStatusEnum } from './job.ts';

const JobClosingOutcomeEnum = builder.enumType('JobClosingOutcome', {
  description: "How a job ends: FILLED (its places are taken) or CLOSED (the client stopped the search).",
  values: {
    FILLED: { description: 'The places are taken: candidates still in the pipeline are told the position has been filled.' },
    CLOSED: { description: 'The client is not going ahead: candidates still in the pipeline are told the role is not going ahead.' },
  } as const,
});

/** A proposal row as the Proposal type reads it (its job's client decides who may see it). */
type Proposal = ProposalRow & { job: { clientCompanyId: string } };
const proposalWithJob = { job: { select: { clientCompanyId: true } } } as const;

type PreviewInterview = { interviewId: string; startsAt: Date; noticeGivenMinutes: number; isLate: boolean; lateNoticeMinutes: number; agencyName: string };
type PreviewCandidate = Omit<JobClosingPlanEntry, 'interviews'> & { proposal: Proposal; interviews: PreviewInterview[] };
type Preview = { outcome: JobClosingOutcome; candidates: PreviewCandidate[] };

const JobClosingInterview = builder.objectRef<PreviewInterview>('JobClosingInterview').implement({
  description: "A live interview closing the job would cancel, with the notice the candidate would get.",
  fields: (t) => ({
    interviewId: t.id({ description: 'The interview (an Interview ID).', resolve: (i) => encodeGlobalID('Interview', i.interviewId) }),
    startsAt: t.field({ type: 'DateTime', description: 'When it was to start.', resolve: (i) => i.startsAt }),
    noticeGivenMinutes: t.exposeInt('noticeGivenMinutes', { description: 'Whole minutes of notice the candidate would get if the job closed now.' }),
    isLate: t.exposeBoolean('isLate', { description: "Whether that is late notice under the agency's policy: a late cancellation counts on the agency's record." }),
    noticeDescription: t.string({
      description: 'The notice in words, e.g. "3 hours before the start: this is late notice under Northwind Talent\'s 24-hour policy."',
      resolve: (i) => describeNotice({ noticeGivenMinutes: i.noticeGivenMinutes, isLate: i.isLate, lateNoticeMinutes: i.lateNoticeMinutes, agencyName: i.agencyName }),
    }),
  }),
});

const JobClosingCandidate = builder.objectRef<PreviewCandidate>('JobClosingCandidate').implement({
  description: 'A candidate still in the pipeline whom closing the job would tell: their proposal is withdrawn with this message.',
  fields: (t) => ({
    proposal: t.field({ type: ProposalRef, description: 'The open proposal that would be withdrawn.', resolve: (c) => c.proposal }),
    candidateName: t.exposeString('candidateName', { description: "The candidate's full name." }),
    status: t.field({ type: ProposalStatusEnum, description: 'Where the proposal is now (its effective status).', resolve: (c) => c.status }),
    message: t.exposeString('message', { description: 'The polite default message the candidate would read, signed by you: edit it before confirming if you like.' }),
    interviews: t.field({ type: [JobClosingInterview], description: 'Their live interviews, which would be cancelled, soonest first.', resolve: (c) => c.interviews }),
  }),
});

const JobClosingPreview = builder.objectRef<Preview>('JobClosingPreview').implement({
  description: 'What filling or closing the job now would do: every candidate still in its pipeline is told, with a message.',
  fields: (t) => ({
    outcome: t.field({ type: JobClosingOutcomeEnum, description: 'The outcome previewed.', resolve: (p) => p.outcome }),
    candidates: t.field({ type: [JobClosingCandidate], description: 'The candidates who would be told, oldest proposal first.', resolve: (p) => p.candidates }),
  }),
});

/** The person signing: the viewer, when they are a user (closeJob is for staff). */
async function closerOf(ctx: Context): Promise<ClosingPerson | null> {
  const viewer = ctx.viewer;
  if (viewer?.kind !== 'user') return null;
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { id: true, name: true } });
  return { userId: user.id, name: user.name };
}

type ClosableJob = Pick<Job, 'id' | 'agencyId' | 'title' | 'status'> & { clientCompany: { name: string }; agency: { name: string } };

async function previewClosing(ctx: Context, job: ClosableJob, outcome: JobClosingOutcome): Promise<Preview> {
  const now = new Date();
  const plan = await planClosingOfJob(ctx.prisma, job, outcome, await closerOf(ctx), now);
  const lateNoticeMinutes = await lateNoticeMinutesOf(ctx.prisma, job.agencyId);
  const rows = await ctx.prisma.proposal.findMany({ where: { id: { in: plan.map((p) => p.proposalId) } }, include: proposalWithJob });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    outcome,
    candidates: plan.flatMap((entry) => {
      const proposal = byId.get(entry.proposalId);
      if (!proposal) return [];
      const interviews = entry.interviews.map((i) => ({ ...i, lateNoticeMinutes, agencyName: job.agency.name }));
      return [{ ...entry, proposal, interviews }];
    }),
  };
}

const closableJobSelect = { id: true, agencyId: true, title: true, status: true, version: true, clientCompany: { select: { name: true } }, agency: { select: { name: true } } } as const;

builder.prismaObjectFields(JobRef, (t) => ({
  closingPreview: t.field({
    type: JobClosingPreview,
    nullable: true,
    description:
      "What closeJob would do now: the candidates still in the pipeline who would be told, each with their stage, the interviews that would be cancelled (and the notice) and the default message. Staff of the agency only; null for a job already filled or closed.",
    authScopes: (job, _args, ctx) => canManageJobs(ctx.viewer, job.agencyId),
    args: { outcome: t.arg({ type: JobClosingOutcomeEnum, required: true, description: 'Filled or closed: the message says which.' }) },
    select: { id: true },
    resolve: async (job, { outcome }, ctx) => {
      const closable = await ctx.prisma.job.findUniqueOrThrow({ where: { id: job.id }, select: closableJobSelect });
      if (!(CLOSABLE_JOB_STATUSES as readonly string[]).includes(closable.status)) return null;
      return previewClosing(ctx, closable, outcome);
    },
  }),
}));

const CloseJobMessageInput = builder.inputType('CloseJobMessageInput', {
  description: 'The message one candidate reads when the job closes, as you edited it.',
  fields: (t) => ({
    proposalId: t.id({ required: true, description: 'The open proposal (a Proposal ID) from closingPreview.' }),
    message: t.string({ required: true, description: 'What the candidate reads (10-2,000 characters).' }),
  }),
});

const CloseJobInput = builder.inputType('CloseJobInput', {
  description:
    'Which job ends, how, and what each candidate still in its pipeline reads. Give messages for the candidates closingPreview listed: if the pipeline changed since (a proposal added, answered or closed), closeJob refuses so you can review the list again.',
  fields: (t) => ({
    jobId: t.id({ required: true, description: 'The job (a Job ID).' }),
    outcome: t.field({ type: JobClosingOutcomeEnum, required: true, description: 'FILLED or CLOSED.' }),
    messages: t.field({
      type: [CloseJobMessageInput],
      required: false,
      description:
        'One message per open proposal, as reviewed in closingPreview; when given, it must list exactly the open proposals. Left out: every candidate gets defaultMessage, or the polite default.',
    }),
    defaultMessage: t.string({ required: false, description: 'One message for every candidate without one in messages (10-2,000 characters); left out, each gets the polite default.' }),
    expectedVersion: t.int({ required: false, description: 'The job version you last read; closeJob fails if the job changed since.' }),
  }),
});

type ClosedJob = { job: Job; withdrawnProposals: Proposal[] };

const CloseJobSuccess = builder.objectRef<ClosedJob>('CloseJobSuccess').implement({
  description: 'Returned when closeJob worked: the job, now FILLED or CLOSED, and the proposals it withdrew.',
  fields: (t) => ({
    job: t.field({ type: JobRef, description: 'The job as it is now.', resolve: (answer) => answer.job }),
    withdrawnProposals: t.field({ type: [ProposalRef], description: 'The proposals withdrawn, each with its message; their candidates were told.', resolve: (answer) => answer.withdrawnProposals }),
  }),
});

const messageSchema = z.string().trim().min(10, 'Write a short message the candidate will read (at least 10 characters).').max(2000, 'Keep the message to 2,000 characters or fewer.');
const closeJobSchema = z.object({
  messages: z.array(z.object({ proposalId: z.string(), message: messageSchema })).max(1000).optional(),
  defaultMessage: messageSchema.optional(),
});

const STATUS_WORDS: Record<string, string> = { FILLED: 'filled', CLOSED: 'closed' };

/** Checks the reviewed list against the pipeline as it is inside the transaction (the job locked). */
function refuseStalePreview(reviewed: Map<string, string>, open: JobClosingPlanEntry[]) {
  const openIds = new Set(open.map((entry) => entry.proposalId));
  const added = open.filter((entry) => !reviewed.has(entry.proposalId));
  const gone = [...reviewed.keys()].filter((id) => !openIds.has(id));
  if (added.length === 0 && gone.length === 0) return;
  const what = added.length > 0 ? `${added.map((entry) => entry.candidateName).join(', ')} joined the pipeline` : 'a candidate in your list is no longer in the pipeline';
  throw new ValidationError([{ field: 'messages', message: `The pipeline changed since you reviewed it (${what}); review the list again before closing the job.` }]);
}

async function closeJob(
  ctx: Context,
  input: { jobId: string; outcome: JobClosingOutcome; messages?: Array<{ proposalId: string; message: string }> | null; defaultMessage?: string | null; expectedVersion?: number | null },
): Promise<ClosedJob> {
  const viewer = ctx.viewer!;
  const jobId = idFromGlobalId(input.jobId, 'Job');
  const found = jobId ? await ctx.prisma.job.findFirst({ where: { id: jobId, agencyId: viewer.agencyId }, select: { id: true } }) : null;
  if (!found) throw new NotFoundError('That job does not exist in your agency.');
  if (!canManageJobs(viewer, viewer.agencyId)) throw new NotAllowedError("Only the agency's recruiters and admins can fill or close a job.");
  const parsed = parseInput(closeJobSchema, { messages: input.messages ?? undefined, defaultMessage: input.defaultMessage ?? undefined });
  const reviewed = parsed.messages
    ? new Map(parsed.messages.map((m) => [idFromGlobalId(m.proposalId, 'Proposal') ?? m.proposalId, m.message] as const))
    : null;
  const closer = await closerOf(ctx);
  const now = new Date();

  const withdrawnIds = await ctx.prisma.$transaction(async (tx) => {
    // Hires lock the job first too: a hire and a closing, or two closings, wait for each other.
    await tx.$queryRaw`SELECT id FROM "Job" WHERE id = ${found.id}::uuid FOR UPDATE`;
    const job = await tx.job.findUniqueOrThrow({ where: { id: found.id }, select: closableJobSelect });
    if (!(CLOSABLE_JOB_STATUSES as readonly string[]).includes(job.status)) {
      throw new InvalidTransitionError(`This job is already ${STATUS_WORDS[job.status] ?? job.status.toLowerCase()}.`, job.status);
    }
    if (input.expectedVersion != null && input.expectedVersion !== job.version) {
      throw new InvalidTransitionError('This job was changed by someone else; reload it.', job.status);
    }
    if (reviewed) refuseStalePreview(reviewed, await planClosingOfJob(tx, job, input.outcome, closer, now));
    const filled = input.outcome === 'FILLED';
    await tx.job.update({
      where: { id: job.id },
      data: { status: input.outcome, ...(filled ? { openings: 0 } : {}), version: { increment: 1 } },
    });
    const changes: Change[] = [
      { agencyId: job.agencyId, entity: 'JOB', entityId: job.id, kind: 'job.updated', data: { status: input.outcome, changed: filled ? ['openings', 'status'] : ['status'] } },
    ];
    const closing = await closeOpenProposalsOfJob(tx, job, {
      outcome: input.outcome,
      now,
      closer,
      messageFor: (proposalId) => reviewed?.get(proposalId) ?? parsed.defaultMessage,
    });
    changes.push(...closing.changes);
    await appendChange(tx, changeActorOf(viewer), changes);
    return closing.withdrawnProposalIds;
  });
  await getMatchService(ctx.prisma).changesCommitted();
  const job = await ctx.prisma.job.findUniqueOrThrow({ where: { id: found.id } });
  const rows = await ctx.prisma.proposal.findMany({ where: { id: { in: withdrawnIds } }, include: proposalWithJob });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { job, withdrawnProposals: withdrawnIds.flatMap((id) => byId.get(id) ?? []) };
}

builder.mutationField('closeJob', (t) =>
  t.field({
    type: CloseJobSuccess,
    description:
      "Fills or closes a job and tells every candidate still in its pipeline, in one transaction: each open proposal is withdrawn (POSITION_FILLED or POSITION_CANCELLED) with its message and a notification, and its live interviews are cancelled with the notice recorded (late under the agency's policy counts on the agency's record). Preview it with Job.closingPreview. FILLED also sets openings to 0. Staff of the agency only.",
    authScopes: { staff: true },
    args: { input: t.arg({ type: CloseJobInput, required: true, description: 'The job, the outcome and the messages.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError, InvalidTransitionError],
      directResult: true,
      union: { description: 'What closeJob answers: CloseJobSuccess with the job and the withdrawn proposals, or the expected error that stopped it (switch on __typename).' },
    },
    resolve: (_root, { input }, ctx) =>
      closeJob(ctx, {
        jobId: String(input.jobId),
        outcome: input.outcome,
        messages: input.messages?.map((m) => ({ proposalId: String(m.proposalId), message: m.message })) ?? null,
        defaultMessage: input.defaultMessage ?? null,
        expectedVersion: input.expectedVersion ?? null,
      }),
  }),
);
