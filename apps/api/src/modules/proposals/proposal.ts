import { encodeGlobalID } from '@pothos/plugin-relay';
import { DeclineReason, InterviewFormat, RejectionReason, WithdrawalReason, type Prisma } from '@shortlist/db/prisma';
import { effectiveProposalStatus, REASON_LABELS } from '@shortlist/domain/interviews';
import type { MatchResult } from '@shortlist/domain/matching';
import { builder } from '../../builder.ts';
import { PartyEnum } from '../activity/activity-event.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { ErrorInterface, InvalidTransitionError, NotAllowedError, NotFoundError, ValidationError } from '../errors/errors.ts';
import { ProposalStatusEnum } from '../jobs/job.ts';
import { acceptOffer, type CascadeSuggestion } from './accept-offer.ts';
import { acceptProposal } from './accept-proposal.ts';
import { declineOffer } from './decline-offer.ts';
import { declineProposal } from './decline-proposal.ts';
import { effectiveStatusWhere } from './effective-status-where.ts';
import { makeOffer } from './make-offer.ts';
import { canSeeProposal, proposalAccessSelect, visibleProposalsWhere } from './proposal-access.ts';
import { DuplicateProposalError, proposeMatch } from './propose-match.ts';
import { recordHire } from './record-hire.ts';
import { rejectCandidate } from './reject-candidate.ts';
import { withdrawProposal } from './withdraw-proposal.ts';

export const DeclineReasonEnum = builder.enumType(DeclineReason, { name: 'DeclineReason' });
export const WithdrawalReasonEnum = builder.enumType(WithdrawalReason, { name: 'WithdrawalReason' });
export const RejectionReasonEnum = builder.enumType(RejectionReason, { name: 'RejectionReason' });
export const InterviewFormatEnum = builder.enumType(InterviewFormat, { name: 'InterviewFormat' });

const labelOf = (kind: keyof typeof REASON_LABELS, reason: string | null) =>
  reason ? ((REASON_LABELS[kind] as Record<string, string>)[reason] ?? null) : null;

// ───────────────────────────── the stored match ─────────────────────────────

const ProposalMatchBlocker = builder.objectRef<MatchResult['blockers'][number]>('ProposalMatchBlocker').implement({
  fields: (t) => ({ code: t.exposeString('code'), message: t.exposeString('message') }),
});
const ProposalMatchCategory = builder.objectRef<MatchResult['categories'][number]>('ProposalMatchCategory').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    side: t.exposeString('side', { description: 'forward (the candidate meets the job) or reverse (the job meets their preferences).' }),
    weight: t.exposeFloat('weight'),
    score: t.exposeFloat('score'),
    evidence: t.exposeStringList('evidence'),
  }),
});
/** The stored MatchResult, for the parts of the match that only it holds (blockers, categories). */
const snapshotOf = (proposal: { matchSnapshot: unknown }) => proposal.matchSnapshot as MatchResult;

// A variant of the proposal row rather than a JSON object: each field selects only the columns it reads, so a list
// that shows the score (the pipeline) never loads the snapshot, a few kB per proposal.
const ProposalMatch = builder.prismaObject('Proposal', {
  variant: 'ProposalMatch',
  description: 'The match as it was scored when the candidate was proposed: why they were proposed.',
  select: {},
  fields: (t) => ({
    score: t.exposeFloat('matchScore', { description: '0-100.' }),
    forwardScore: t.exposeFloat('matchForwardScore', { description: 'Does the candidate meet the job?' }),
    reverseScore: t.exposeFloat('matchReverseScore', { description: "Does the job meet the candidate's preferences?" }),
    isBlocked: t.boolean({ select: { matchSnapshot: true }, resolve: (p) => snapshotOf(p).isBlocked }),
    blockers: t.field({ type: [ProposalMatchBlocker], select: { matchSnapshot: true }, resolve: (p) => snapshotOf(p).blockers ?? [] }),
    categories: t.field({ type: [ProposalMatchCategory], select: { matchSnapshot: true }, resolve: (p) => snapshotOf(p).categories ?? [] }),
  }),
});

// ───────────────────────────── outcomes ─────────────────────────────

type DeclineShape = { reason: DeclineReason; kind: 'decline' | 'declineOffer'; reasonText: string | null; message: string | null; isOpenToFutureRoles: boolean | null; at: Date | null };
const ProposalDecline = builder.objectRef<DeclineShape>('ProposalDecline').implement({
  description: 'How the candidate declined the proposal (or its offer).',
  fields: (t) => ({
    reason: t.expose('reason', { type: DeclineReasonEnum }),
    reasonLabel: t.string({ resolve: (d) => labelOf(d.kind, d.reason) ?? d.reason }),
    reasonText: t.exposeString('reasonText', { nullable: true }),
    message: t.exposeString('message', { nullable: true }),
    isOpenToFutureRoles: t.exposeBoolean('isOpenToFutureRoles', { nullable: true }),
    at: t.expose('at', { type: 'DateTime', nullable: true }),
  }),
});

type WithdrawalShape = { by: 'CANDIDATE' | 'RECRUITER' | 'CLIENT' | null; reason: WithdrawalReason; reasonText: string | null; message: string | null; at: Date | null };
const ProposalWithdrawal = builder.objectRef<WithdrawalShape>('ProposalWithdrawal').implement({
  fields: (t) => ({
    by: t.expose('by', { type: PartyEnum, nullable: true }),
    reason: t.expose('reason', { type: WithdrawalReasonEnum }),
    reasonLabel: t.string({ resolve: (w) => labelOf('withdraw', w.reason) ?? w.reason }),
    reasonText: t.exposeString('reasonText', { nullable: true }),
    message: t.exposeString('message', { nullable: true }),
    at: t.expose('at', { type: 'DateTime', nullable: true }),
  }),
});

type OfferShape = { message: string | null; salary: number | null; at: Date };
const ProposalOffer = builder.objectRef<OfferShape>('ProposalOffer').implement({
  fields: (t) => ({
    message: t.exposeString('message', { nullable: true }),
    salary: t.exposeInt('salary', { nullable: true, description: 'Yearly, in the currency of the job.' }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

type RejectionShape = { reason: RejectionReason; reasonText: string | null; message: string | null; at: Date | null };
const ProposalRejection = builder.objectRef<RejectionShape>('ProposalRejection').implement({
  fields: (t) => ({
    reason: t.expose('reason', { type: RejectionReasonEnum }),
    reasonLabel: t.string({ resolve: (r) => labelOf('reject', r.reason) ?? r.reason }),
    reasonText: t.exposeString('reasonText', { nullable: true }),
    message: t.exposeString('message', { nullable: true }),
    at: t.expose('at', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObject('InterviewSlot', {
  description: 'An interview time offered with a proposal; the candidate accepts by picking one.',
  fields: (t) => ({
    id: t.id({ resolve: (slot) => encodeGlobalID('InterviewSlot', slot.id) }),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    timeZone: t.exposeString('timeZone', { description: 'The IANA zone it was offered in.' }),
    format: t.expose('format', { type: InterviewFormatEnum }),
    location: t.exposeString('location', { nullable: true }),
    isTaken: t.boolean({ select: { interview: { select: { id: true } } }, resolve: (slot) => slot.interview !== null }),
  }),
});

// ───────────────────────────── the node ─────────────────────────────

export const ProposalRef = builder.prismaNode('Proposal', {
  id: { field: 'id' },
  description: "A recruiter's proposal of one candidate for one job, with the match it was made with and its history.",
  // Select mode: each field reads only its own columns, so a list never loads what it does not show (the snapshot).
  select: proposalAccessSelect,
  // proposalOfCaller: granted by proposeMatch's answer, so a key with PROPOSALS_WRITE but not PROPOSALS_READ reads the
  // proposal it made (otherwise the proposal is made and the answer is FORBIDDEN with data null).
  authScopes: (proposal, ctx) => canSeeProposal(ctx.viewer, proposal) || { $granted: 'proposalOfCaller' },
  fields: (t) => ({
    status: t.field({
      type: ProposalStatusEnum,
      description: 'The status now: a PROPOSED proposal past its respond-by reads EXPIRED.',
      select: { status: true, respondBy: true },
      resolve: (p) => effectiveProposalStatus(p, new Date()),
    }),
    job: t.relation('job'),
    candidate: t.relation('candidate', { nullable: true, description: 'null (with an error) for a partner key without candidates:read.' }),
    recruiter: t.relation('recruiter', { nullable: true, description: "The recruiter's account, for their agency's staff." }),
    recruiterName: t.string({ select: { recruiter: { select: { name: true } } }, resolve: (p) => p.recruiter.name }),
    message: t.exposeString('message'),
    match: t.variant(ProposalMatch),
    respondBy: t.expose('respondBy', { type: 'DateTime' }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When anything about the proposal last changed (a transition, an expiry).' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    version: t.exposeInt('version', { description: 'Advances with every change.' }),
    decline: t.field({
      type: ProposalDecline,
      nullable: true,
      select: { declineReason: true, declineReasonText: true, declineMessage: true, openToFutureRoles: true, offeredAt: true, closedAt: true, respondedAt: true },
      resolve: (p) =>
        p.declineReason && {
          reason: p.declineReason,
          kind: p.offeredAt ? ('declineOffer' as const) : ('decline' as const),
          reasonText: p.declineReasonText,
          message: p.declineMessage,
          isOpenToFutureRoles: p.openToFutureRoles,
          at: p.closedAt ?? p.respondedAt,
        },
    }),
    withdrawal: t.field({
      type: ProposalWithdrawal,
      nullable: true,
      select: { withdrawnBy: true, withdrawalReason: true, withdrawalReasonText: true, withdrawalMessage: true, closedAt: true },
      resolve: (p) =>
        p.withdrawalReason && { by: p.withdrawnBy, reason: p.withdrawalReason, reasonText: p.withdrawalReasonText, message: p.withdrawalMessage, at: p.closedAt },
    }),
    offer: t.field({
      type: ProposalOffer,
      nullable: true,
      select: { offeredAt: true, offerMessage: true, offerSalary: true },
      resolve: (p) => p.offeredAt && { message: p.offerMessage, salary: p.offerSalary, at: p.offeredAt },
    }),
    rejection: t.field({
      type: ProposalRejection,
      nullable: true,
      select: { rejectionReason: true, rejectionReasonText: true, rejectionMessage: true, closedAt: true },
      resolve: (p) => p.rejectionReason && { reason: p.rejectionReason, reasonText: p.rejectionReasonText, message: p.rejectionMessage, at: p.closedAt },
    }),
    slots: t.relation('slots', { description: 'The interview times offered, earliest first.', query: { orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] } }),
    interviews: t.relation('interviews', { query: { orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] } }),
    history: t.relation('activityEvents', { description: 'Every transition, oldest first.', query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }),
  }),
});

// ───────────────────────────── queries ─────────────────────────────

builder.queryField('myProposals', (t) =>
  t.prismaConnection(
    {
      type: 'Proposal',
      cursor: 'id',
      description: 'Proposals made to the signed-in candidate, newest first.',
      authScopes: { candidate: true },
      args: { status: t.arg({ type: ProposalStatusEnum, required: false }) },
      resolve: (query, _root, { status }, ctx) => {
        const candidateId = ctx.viewer?.kind === 'user' ? ctx.viewer.candidateProfileId : null;
        if (!candidateId) return [];
        return ctx.prisma.proposal.findMany({
          ...query,
          where: { candidateId, ...effectiveStatusWhere(status ? [status] : null, new Date()) },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        });
      },
    },
    { name: 'ProposalConnection' },
    { name: 'ProposalEdge' },
  ),
);

const ProposalsFilter = builder.inputType('ProposalsFilter', {
  description: "Narrows the agency's proposals. Every field is optional; they combine with AND.",
  fields: (t) => ({
    jobId: t.id({ required: false }),
    candidateId: t.id({ required: false, description: "One candidate's proposals (the recruiter's candidate page)." }),
    status: t.field({ type: ProposalStatusEnum, required: false, description: 'The effective status (lapsed proposals are EXPIRED).' }),
  }),
});

builder.queryField('proposals', (t) =>
  t.prismaConnection({
    type: 'Proposal',
    cursor: 'id',
    description: "The agency's proposals, newest first: for its staff and partner keys with proposals:read (their client's only, when limited).",
    authScopes: { $any: { staff: true, partner: 'PROPOSALS_READ' } },
    args: { filter: t.arg({ type: ProposalsFilter, required: false }) },
    resolve: (query, _root, { filter }, ctx) => {
      const visible = visibleProposalsWhere(ctx.viewer);
      if (!visible || (ctx.viewer?.kind === 'user' && ctx.viewer.role === 'CANDIDATE')) return [];
      const conditions: Prisma.ProposalWhereInput[] = [visible, effectiveStatusWhere(filter?.status ? [filter.status] : null, new Date())];
      if (filter?.jobId) conditions.push({ jobId: decodeGlobalIdOf('Job', String(filter.jobId), 'job') });
      if (filter?.candidateId) conditions.push({ candidateId: decodeGlobalIdOf('Candidate', String(filter.candidateId), 'candidate') });
      return ctx.prisma.proposal.findMany({ ...query, where: { AND: conditions }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    },
  }),
);

// ───────────────────────────── mutations ─────────────────────────────

const errorTypes = [ValidationError, NotFoundError, NotAllowedError, InvalidTransitionError];
const loadProposal = (query: object, ctx: { prisma: { proposal: { findUniqueOrThrow: (args: any) => any } } }, id: string) =>
  ctx.prisma.proposal.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });

const InterviewSlotInput = builder.inputType('InterviewSlotInput', {
  fields: (t) => ({
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    timeZone: t.string({ required: true, description: 'IANA zone, e.g. Europe/Berlin.' }),
    format: t.field({ type: InterviewFormatEnum, required: true }),
    location: t.string({ required: false, description: 'Address (required onsite), link or phone number.' }),
  }),
});

const ProposeMatchInput = builder.inputType('ProposeMatchInput', {
  fields: (t) => ({
    jobId: t.id({ required: true }),
    candidateId: t.id({ required: true }),
    message: t.string({ required: true, description: 'Why this role, for the candidate to read (10-2,000 characters).' }),
    respondBy: t.field({ type: 'DateTime', required: false, description: 'Default: 7 days from now; at most 30.' }),
    slots: t.field({ type: [InterviewSlotInput], required: true, description: '1-10 interview times for the candidate to pick from.' }),
    onBehalfOfRecruiterId: t.id({
      required: false,
      description:
        "A partner key only: the recruiter (or admin) of the key's agency the proposal is made for (a User ID). Default: the key's creator. Staff leave it empty.",
    }),
  }),
});

builder.objectType(DuplicateProposalError, {
  name: 'DuplicateProposalError',
  description: 'The candidate already has an open proposal for this job: `proposal` is that one (a retried proposeMatch can carry on with it).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof DuplicateProposalError,
  fields: (t) => ({
    proposal: t.prismaField({
      type: 'Proposal',
      description: 'The open proposal the candidate already has for this job.',
      // A caller allowed to propose for this job may act on its open proposal, so it may read it.
      grantScopes: ['proposalOfCaller'],
      resolve: (query, error, _args, ctx) => loadProposal(query, ctx, error.existingProposalId),
    }),
  }),
});

builder.mutationField('proposeMatch', (t) =>
  t.prismaField({
    type: 'Proposal',
    description:
      "Proposes one of the agency's candidates for one of its open jobs: by its staff, or by a partner key with PROPOSALS_WRITE (for its client's jobs only when limited to one) on behalf of a recruiter it names or of the key's creator; the history names the key.",
    authScopes: { $any: { staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: ProposeMatchInput, required: true }) },
    // The caller just made it: a key holding PROPOSALS_WRITE without PROPOSALS_READ reads its own answer. Its fields
    // keep their own checks.
    errors: { types: [...errorTypes, DuplicateProposalError], dataField: { name: 'proposal', grantScopes: ['proposalOfCaller'] } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await proposeMatch(ctx, {
        ...input,
        jobId: String(input.jobId),
        candidateId: String(input.candidateId),
        onBehalfOfRecruiterId: input.onBehalfOfRecruiterId == null ? null : String(input.onBehalfOfRecruiterId),
      });
      return loadProposal(query, ctx, id);
    },
  }),
);

const AcceptProposalInput = builder.inputType('AcceptProposalInput', {
  fields: (t) => ({
    proposalId: t.id({ required: true }),
    slotId: t.id({ required: true, description: 'One of the proposal\'s slots: the interview time the candidate picks.' }),
  }),
});

builder.mutationField('acceptProposal', (t) =>
  t.prismaField({
    type: 'Proposal',
    description: 'The candidate accepts, picking an interview time: the interview is scheduled at once.',
    authScopes: { candidate: true },
    args: { input: t.arg({ type: AcceptProposalInput, required: true }) },
    errors: { types: errorTypes, dataField: { name: 'proposal' } },
    resolve: async (query, _root, { input }, ctx) => {
      const { proposalId } = await acceptProposal(ctx, { proposalId: String(input.proposalId), slotId: String(input.slotId) });
      return loadProposal(query, ctx, proposalId);
    },
  }),
);

const reasonedFields = <R extends object>(t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<any>, 'InputObject'>, reasonEnum: R) => ({
  proposalId: t.id({ required: true }),
  reason: t.field({ type: reasonEnum as never, required: false, description: 'Required; OTHER needs reasonText.' }),
  reasonText: t.string({ required: false, description: 'In your own words (required for OTHER, at most 500 characters).' }),
  message: t.string({ required: false, description: 'Required: a message the other side will read (10-2,000 characters).' }),
});

const DeclineProposalInput = builder.inputType('DeclineProposalInput', {
  fields: (t) => ({
    ...reasonedFields(t as never, DeclineReasonEnum),
    isOpenToFutureRoles: t.boolean({ required: false, description: 'Default true: the recruiter may propose other roles.' }),
  }),
});

builder.mutationField('declineProposal', (t) =>
  t.prismaField({
    type: 'Proposal',
    description: 'The candidate declines, with a reason and a message to the recruiter.',
    authScopes: { candidate: true },
    args: { input: t.arg({ type: DeclineProposalInput, required: true }) },
    errors: { types: errorTypes, dataField: { name: 'proposal' } },
    resolve: async (query, _root, { input }, ctx) => loadProposal(query, ctx, await declineProposal(ctx, { ...input, proposalId: String(input.proposalId) } as never)),
  }),
);

const WithdrawProposalInput = builder.inputType('WithdrawProposalInput', { fields: (t) => reasonedFields(t as never, WithdrawalReasonEnum) });

builder.mutationField('withdrawProposal', (t) =>
  t.prismaField({
    type: 'Proposal',
    description: 'The candidate (once accepted) or the recruiter ends the proposal, with a reason and a message to the other side.',
    authScopes: { $any: { candidate: true, staff: true } },
    args: { input: t.arg({ type: WithdrawProposalInput, required: true }) },
    errors: { types: errorTypes, dataField: { name: 'proposal' } },
    resolve: async (query, _root, { input }, ctx) => loadProposal(query, ctx, await withdrawProposal(ctx, { ...input, proposalId: String(input.proposalId) } as never)),
  }),
);

const MakeOfferInput = builder.inputType('MakeOfferInput', {
  fields: (t) => ({
    proposalId: t.id({ required: true }),
    message: t.string({ required: true, description: 'The offer, for the candidate to read.' }),
    salary: t.int({ required: false, description: 'Yearly, in the currency of the job.' }),
  }),
});

builder.mutationField('makeOffer', (t) =>
  t.prismaField({
    type: 'Proposal',
    description: "Records the client's offer (staff) or sends it (partner key with proposals:write).",
    authScopes: { $any: { staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: MakeOfferInput, required: true }) },
    errors: { types: errorTypes, dataField: { name: 'proposal', grantScopes: ['proposalOfCaller'] } },
    resolve: async (query, _root, { input }, ctx) => loadProposal(query, ctx, await makeOffer(ctx, { ...input, proposalId: String(input.proposalId) })),
  }),
);

const AcceptOfferInput = builder.inputType('AcceptOfferInput', { fields: (t) => ({ proposalId: t.id({ required: true }) }) });

const CascadeActionEnum = builder.enumType('CascadeAction', {
  values: { DECLINE: { description: 'Send with declineProposal.' }, WITHDRAW: { description: 'Send with withdrawProposal.' } } as const,
});

const CascadeStep = builder.objectRef<CascadeSuggestion>('OfferCascadeStep').implement({
  description: 'One of the candidate\'s other open proposals, with a polite message to review and send.',
  fields: (t) => ({
    proposal: t.prismaField({ type: 'Proposal', resolve: (query, step, _args, ctx) => loadProposal(query, ctx, step.proposalId) }),
    action: t.expose('action', { type: CascadeActionEnum }),
    suggestedReason: t.exposeString('suggestedReason', { description: 'A DeclineReason or WithdrawalReason, per action.' }),
    suggestedMessage: t.exposeString('suggestedMessage'),
  }),
});

const AcceptOfferSuccess = builder.objectRef<{ proposalId: string; cascade: CascadeSuggestion[] }>('AcceptOfferSuccess').implement({
  fields: (t) => ({
    proposal: t.prismaField({ type: 'Proposal', resolve: (query, parent, _args, ctx) => loadProposal(query, ctx, parent.proposalId) }),
    cascade: t.expose('cascade', { type: [CascadeStep], description: 'Nothing is sent until the candidate sends each one.' }),
  }),
});

builder.mutationField('acceptOffer', (t) =>
  t.field({
    type: AcceptOfferSuccess,
    description: "The candidate accepts the offer (HIRED), and gets their other open proposals back to close politely.",
    authScopes: { candidate: true },
    args: { input: t.arg({ type: AcceptOfferInput, required: true }) },
    errors: { types: errorTypes, directResult: true },
    resolve: (_root, { input }, ctx) => acceptOffer(ctx, { proposalId: String(input.proposalId) }),
  }),
);

const RecordHireInput = builder.inputType('RecordHireInput', { fields: (t) => ({ proposalId: t.id({ required: true }) }) });

builder.mutationField('recordHire', (t) =>
  t.prismaField({
    type: 'Proposal',
    description:
      "Records that the candidate accepted the client's offer (HIRED): by the agency's staff, or sent by a partner key with proposals:write. The candidate is told; their other proposals stay as they are.",
    authScopes: { $any: { staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: RecordHireInput, required: true }) },
    errors: { types: errorTypes, dataField: { name: 'proposal', grantScopes: ['proposalOfCaller'] } },
    resolve: async (query, _root, { input }, ctx) => loadProposal(query, ctx, await recordHire(ctx, { proposalId: String(input.proposalId) })),
  }),
);

const DeclineOfferInput = builder.inputType('DeclineOfferInput', { fields: (t) => reasonedFields(t as never, DeclineReasonEnum) });

builder.mutationField('declineOffer', (t) =>
  t.prismaField({
    type: 'Proposal',
    description: 'The candidate turns the offer down, with a reason and a message.',
    authScopes: { candidate: true },
    args: { input: t.arg({ type: DeclineOfferInput, required: true }) },
    errors: { types: errorTypes, dataField: { name: 'proposal' } },
    resolve: async (query, _root, { input }, ctx) => loadProposal(query, ctx, await declineOffer(ctx, { ...input, proposalId: String(input.proposalId) } as never)),
  }),
);

const RejectCandidateInput = builder.inputType('RejectCandidateInput', { fields: (t) => reasonedFields(t as never, RejectionReasonEnum) });

builder.mutationField('rejectCandidate', (t) =>
  t.prismaField({
    type: 'Proposal',
    description: "Records the client's decision not to go on (staff), or sends it (partner key with proposals:write).",
    authScopes: { $any: { staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: RejectCandidateInput, required: true }) },
    errors: { types: errorTypes, dataField: { name: 'proposal', grantScopes: ['proposalOfCaller'] } },
    resolve: async (query, _root, { input }, ctx) => loadProposal(query, ctx, await rejectCandidate(ctx, { ...input, proposalId: String(input.proposalId) } as never)),
  }),
);
