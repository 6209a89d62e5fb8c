import { encodeGlobalID } from '@pothos/plugin-relay';
import { DeclineReason, InterviewFormat, RejectionReason, WithdrawalReason, type Prisma, type ProposalStatus } from '@shortlist/db/prisma';
import { effectiveProposalStatus, REASON_LABELS } from '@shortlist/domain/interviews';
import type { MatchResult } from '@shortlist/domain/matching';
import { builder } from '../../builder.ts';
import { PartyEnum } from '../activity/activity-event.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { orderByField, OrderDirectionEnum } from '../common/order-direction.ts';
import { ErrorInterface, InvalidTransitionError, NotAllowedError, NotFoundError, ValidationError } from '../errors/errors.ts';
import { ProposalStatusEnum } from '../jobs/job.ts';
import { acceptOffer, type CascadeSuggestion } from './accept-offer.ts';
import { AlreadyHiredError } from './already-hired-error.ts';
import { acceptProposal } from './accept-proposal.ts';
import { declineOffer } from './decline-offer.ts';
import { declineProposal } from './decline-proposal.ts';
import { effectiveStatusWhere } from './effective-status-where.ts';
import { makeOffer } from './make-offer.ts';
import { canSeeProposal, proposalAccessSelect, visibleProposalsWhere } from './proposal-access.ts';
import type { Context, Viewer } from '../../context.ts';
import { CandidateRef } from '../candidates/candidate.ts';
import { canSeeCandidate, isSharedWithClient, seesPreferencesWhenSeeing } from '../candidates/can-see-candidate.ts';
import { redactMatch, type MatchView } from '../matches/redact-match-preferences.ts';
import { DuplicateProposalError, proposeMatch } from './propose-match.ts';
import { recordHire } from './record-hire.ts';
import { rejectCandidate } from './reject-candidate.ts';
import { withdrawProposal } from './withdraw-proposal.ts';
import { isAgencyStaff, STAFF_ONLY_ACTIONS } from '../today/staff-only-actions.ts';

export const DeclineReasonEnum = builder.enumType(DeclineReason, {
  name: 'DeclineReason',
  description: 'Why the candidate declined a proposal or an offer (declineProposal, declineOffer).',
  values: {
    SALARY_TOO_LOW: { description: 'The salary is below what the candidate needs.' },
    LOCATION_OR_COMMUTE: { description: 'The location or the commute does not work for the candidate.' },
    REMOTE_POLICY: { description: "The job's remote policy does not suit the candidate." },
    ROLE_NOT_A_FIT: { description: 'The role is not a good fit for the candidate.' },
    SENIORITY_MISMATCH: { description: "The job's level does not match the candidate's experience." },
    COMPANY_NOT_A_FIT: { description: 'The client company is not a good fit for the candidate.' },
    TIMING: { description: 'The timing is not right.' },
    ACCEPTED_ANOTHER_OFFER: { description: 'The candidate accepted another offer.' },
    STAYING_IN_CURRENT_ROLE: { description: 'The candidate is staying in their current role.' },
    OTHER: { description: 'Something else, said in `reasonText`.' },
  },
});
export const WithdrawalReasonEnum = builder.enumType(WithdrawalReason, {
  name: 'WithdrawalReason',
  description: 'Why a proposal was withdrawn, by the candidate (once accepted) or the recruiter (withdrawProposal).',
  values: {
    ACCEPTED_ANOTHER_OFFER: { description: 'The candidate accepted another offer.' },
    ROLE_NOT_A_FIT: { description: 'The role is not a good fit.' },
    PERSONAL_CIRCUMSTANCES: { description: "The candidate's personal circumstances changed." },
    TIMING: { description: 'The timing is not right.' },
    POSITION_FILLED: { description: 'The position has been filled.' },
    POSITION_CANCELLED: { description: 'The client cancelled the position.' },
    CANDIDATE_UNRESPONSIVE: { description: 'The candidate has not responded (the recruiter withdraws).' },
    OTHER: { description: 'Something else, said in `reasonText`.' },
  },
});
export const RejectionReasonEnum = builder.enumType(RejectionReason, {
  name: 'RejectionReason',
  description: "Why the client company decided not to go on with the candidate (rejectCandidate).",
  values: {
    SKILLS_GAP: { description: 'Some required skills are missing.' },
    EXPERIENCE_LEVEL: { description: "The candidate's experience level does not match the job." },
    CULTURE_OR_TEAM_FIT: { description: 'Another profile fits the team better.' },
    POSITION_FILLED: { description: 'The position has been filled.' },
    POSITION_CANCELLED: { description: 'The client cancelled the position.' },
    OTHER: { description: 'Something else, said in `reasonText`.' },
  },
});
export const InterviewFormatEnum = builder.enumType(InterviewFormat, {
  name: 'InterviewFormat',
  description: 'How an interview takes place; `location` says where or how to join.',
  values: {
    VIDEO: { description: 'A video call; `location` is the link.' },
    PHONE: { description: 'A phone call; `location` is the number to call, when given.' },
    ONSITE: { description: 'In person; `location` is the address.' },
  },
});

const labelOf = (kind: keyof typeof REASON_LABELS, reason: string | null) =>
  reason ? ((REASON_LABELS[kind] as Record<string, string>)[reason] ?? null) : null;

// ───────────────────────────── the stored match ─────────────────────────────

const ProposalMatchBlocker = builder.objectRef<MatchResult['blockers'][number]>('ProposalMatchBlocker').implement({
  description: 'Something that stood in the way of the match when it was proposed (a missing must-have, a salary far outside the band…), shown rather than hidden in a low score.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'A stable code to switch on: MISSING_MUST_HAVE, SALARY_FAR_BELOW_MINIMUM or ONSITE_FOR_REMOTE_ONLY.' }),
    message: t.exposeString('message', {
      description:
        "The blocker in words, for a person to read. Whoever may not read the candidate (see Proposal.candidate) reads every blocker in words that say nothing of them (not which must-have is missing); whoever may read the candidate but not their preferences (see Candidate.preferences) reads SALARY_FAR_BELOW_MINIMUM and ONSITE_FOR_REMOTE_ONLY in words that name no value.",
    }),
  }),
});
const ProposalMatchCategory = builder.objectRef<MatchResult['categories'][number]>('ProposalMatchCategory').implement({
  description: 'One scored part of the match (skills, salary, location…), with its weight and the evidence behind its score.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What is scored, e.g. "Must-have skills", "Salary".' }),
    side: t.exposeString('side', { description: 'Either "forward" (the candidate meets the job) or "reverse" (the job meets their preferences).' }),
    weight: t.exposeFloat('weight', { description: "The points of its side's 100 this part is worth." }),
    score: t.exposeFloat('score', { description: 'How well this part matches, from 0 to 100.' }),
    evidence: t.exposeStringList('evidence', {
      description:
        "Sentences saying why it scored so, for a person to read. Whoever may not read the candidate (see Proposal.candidate: a client's key before the candidate shares their profile with the client, a key without candidates:read) reads one sentence naming nothing of them in every category. Whoever may read the candidate but not their preferences (see Candidate.preferences) reads one sentence naming no value instead, in every reverse category and in the forward ones that quote them (Availability, and Location when it says whether they would move).",
    }),
  }),
});
/** The stored MatchResult, for the parts of the match that only it holds (blockers, categories). */
const snapshotOf = (proposal: { matchSnapshot: unknown }) => proposal.matchSnapshot as MatchResult;

const matchViews = new WeakMap<Context, Map<string, Promise<MatchView>>>();

/** The viewer's MatchView of the proposal's candidate, asked once per candidate and request (blockers and categories). */
function matchViewOf(proposal: { candidateId: string; agencyId: string }, ctx: Context): Promise<MatchView> {
  let views = matchViews.get(ctx);
  if (!views) matchViews.set(ctx, (views = new Map()));
  let view = views.get(proposal.candidateId);
  if (!view) {
    const candidate = { id: proposal.candidateId, agencyId: proposal.agencyId };
    view = Promise.resolve(canSeeCandidate(ctx.viewer, candidate, ctx.prisma)).then((seesProfile): MatchView => {
      if (!seesProfile) return 'withoutProfile';
      return seesPreferencesWhenSeeing(ctx.viewer, candidate) ? 'asWritten' : 'withoutPreferences';
    });
    views.set(proposal.candidateId, view);
  }
  return view;
}

/** The stored match's blockers and categories as the viewer may read them. */
async function matchAsSeen(proposal: { matchSnapshot: unknown; candidateId: string; agencyId: string }, ctx: Context) {
  const { blockers = [], categories = [] } = snapshotOf(proposal);
  return redactMatch(await matchViewOf(proposal, ctx), { blockers, categories });
}

// A variant of the proposal row rather than a JSON object: each field selects only the columns it reads, so a list
// that shows the score (the pipeline) never loads the snapshot, a few kB per proposal.
const ProposalMatch = builder.prismaObject('Proposal', {
  variant: 'ProposalMatch',
  description: 'The match as it was scored when the candidate was proposed: why they were proposed. It does not change afterwards.',
  select: {},
  fields: (t) => ({
    score: t.exposeFloat('matchScore', { description: 'The overall score, from 0 to 100.' }),
    forwardScore: t.exposeFloat('matchForwardScore', { description: 'Does the candidate meet the job? From 0 to 100.' }),
    reverseScore: t.exposeFloat('matchReverseScore', { description: "Does the job meet the candidate's preferences? From 0 to 100." }),
    isBlocked: t.boolean({
      description: 'Whether anything in `blockers` stood in the way.',
      select: { matchSnapshot: true },
      resolve: (p) => snapshotOf(p).isBlocked,
    }),
    blockers: t.field({
      type: [ProposalMatchBlocker],
      description: 'What stood in the way; empty when nothing did.',
      select: { matchSnapshot: true, candidateId: true, agencyId: true },
      resolve: async (p, _args, ctx) => (await matchAsSeen(p, ctx)).blockers,
    }),
    categories: t.field({
      type: [ProposalMatchCategory],
      description: 'The scored parts of the match, on both sides.',
      select: { matchSnapshot: true, candidateId: true, agencyId: true },
      resolve: async (p, _args, ctx) => (await matchAsSeen(p, ctx)).categories,
    }),
  }),
});

// ───────────────────────────── outcomes ─────────────────────────────

type DeclineShape = { reason: DeclineReason; kind: 'decline' | 'declineOffer'; reasonText: string | null; message: string | null; isOpenToFutureRoles: boolean | null; at: Date | null };
const ProposalDecline = builder.objectRef<DeclineShape>('ProposalDecline').implement({
  description: 'How the candidate declined the proposal (or its offer).',
  fields: (t) => ({
    reason: t.expose('reason', { type: DeclineReasonEnum, description: 'The reason the candidate picked.' }),
    reasonLabel: t.string({
      description: 'The reason as the candidate saw it, in words.',
      resolve: (d) => labelOf(d.kind, d.reason) ?? d.reason,
    }),
    reasonText: t.exposeString('reasonText', { nullable: true, description: 'The reason in their own words; null unless the reason is OTHER.' }),
    message: t.exposeString('message', { nullable: true, description: 'Their message to the recruiter; null for declines recorded before messages were required.' }),
    isOpenToFutureRoles: t.exposeBoolean('isOpenToFutureRoles', {
      nullable: true,
      description: 'Whether the recruiter may propose other roles; null when the candidate did not say.',
    }),
    at: t.expose('at', { type: 'DateTime', nullable: true, description: 'When the candidate declined; null when not recorded.' }),
  }),
});

type WithdrawalShape = { by: 'CANDIDATE' | 'RECRUITER' | 'CLIENT' | null; reason: WithdrawalReason; reasonText: string | null; message: string | null; at: Date | null };
const ProposalWithdrawal = builder.objectRef<WithdrawalShape>('ProposalWithdrawal').implement({
  description: 'Who withdrew the proposal, and why.',
  fields: (t) => ({
    by: t.expose('by', { type: PartyEnum, nullable: true, description: 'The side that withdrew; null when not recorded.' }),
    reason: t.expose('reason', { type: WithdrawalReasonEnum, description: 'The reason picked.' }),
    reasonLabel: t.string({ description: 'The reason in words.', resolve: (w) => labelOf('withdraw', w.reason) ?? w.reason }),
    reasonText: t.exposeString('reasonText', { nullable: true, description: 'The reason in their own words; null unless the reason is OTHER.' }),
    message: t.exposeString('message', { nullable: true, description: 'The message to the other side; null when none was recorded.' }),
    at: t.expose('at', { type: 'DateTime', nullable: true, description: 'When it was withdrawn; null when not recorded.' }),
  }),
});

type OfferShape = { message: string | null; salary: number | null; at: Date };
const ProposalOffer = builder.objectRef<OfferShape>('ProposalOffer').implement({
  description: "The client's offer to the candidate (makeOffer).",
  fields: (t) => ({
    message: t.exposeString('message', { nullable: true, description: 'The offer in words, for the candidate; null when none was written.' }),
    salary: t.exposeInt('salary', { nullable: true, description: "Yearly, in the job's currency; null when the offer does not state it." }),
    at: t.expose('at', { type: 'DateTime', description: 'When the offer was made.' }),
  }),
});

type RejectionShape = { reason: RejectionReason; reasonText: string | null; message: string | null; at: Date | null };
const ProposalRejection = builder.objectRef<RejectionShape>('ProposalRejection').implement({
  description: "The client's decision not to go on with the candidate (rejectCandidate).",
  fields: (t) => ({
    reason: t.expose('reason', { type: RejectionReasonEnum, description: 'The reason picked.' }),
    reasonLabel: t.string({ description: 'The reason in words.', resolve: (r) => labelOf('reject', r.reason) ?? r.reason }),
    reasonText: t.exposeString('reasonText', { nullable: true, description: 'The reason in their own words; null unless the reason is OTHER.' }),
    message: t.exposeString('message', { nullable: true, description: 'The message to the candidate; null when none was recorded.' }),
    at: t.expose('at', { type: 'DateTime', nullable: true, description: 'When the candidate was rejected; null when not recorded.' }),
  }),
});

// A node, visible as its proposal is: its global ID (the slotId acceptProposal takes) resolves through node/nodes.
export const InterviewSlotRef = builder.prismaNode('InterviewSlot', {
  id: { field: 'id' },
  description:
    "An interview time offered with a proposal; the candidate accepts the proposal by picking one. Visible as its proposal is: to the agency's staff, the candidate, and partner keys with PROPOSALS_READ (of its client, when the key is limited).",
  include: { proposal: { select: proposalAccessSelect } },
  // proposalOfCaller: passed down by Proposal.slots, so the slots of a proposal a write-only key just acted on read too.
  authScopes: (slot, ctx) => canSeeProposal(ctx.viewer, slot.proposal) || { $granted: 'proposalOfCaller' },
  fields: (t) => ({
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'When the interview would start.' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', description: 'When it would end.' }),
    timeZone: t.exposeString('timeZone', { description: 'The IANA zone it was offered in, e.g. "Europe/Berlin"; show the times in it.' }),
    format: t.expose('format', { type: InterviewFormatEnum, description: 'Video, phone or onsite.' }),
    location: t.exposeString('location', { nullable: true, description: 'The address (onsite), link or phone number; null when not given.' }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When the time was offered: slots are made with their proposal and never change (isTaken follows the interview, which has its own updatedAt).',
      select: { proposal: { select: { createdAt: true } } },
      resolve: (slot) => slot.proposal.createdAt,
    }),
    isTaken: t.boolean({
      description: 'Whether the candidate picked this time (an interview was scheduled in it).',
      select: { interview: { select: { id: true } } },
      resolve: (slot) => slot.interview !== null,
    }),
    proposal: t.relation('proposal', { description: 'The proposal the time was offered with.', grantScopes: ['proposalOfCaller'] }),
  }),
});

// ───────────────────────────── the node ─────────────────────────────

export const ProposalRef = builder.prismaNode('Proposal', {
  id: { field: 'id' },
  description:
    "A recruiter's proposal of one candidate for one job, with the match it was made with and its history. Visible to the agency's staff, the candidate, and partner keys with PROPOSALS_READ (of its client, when the key is limited); a key with PROPOSALS_WRITE alone reads the proposal its own mutation answers with.",
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
    job: t.relation('job', { description: 'The job the candidate is proposed for.' }),
    candidate: t.field({
      type: CandidateRef,
      nullable: true,
      description:
        "The candidate proposed. null (with an error) for a partner key without CANDIDATES_READ; null (without one) for a key limited to the job's client while the candidate has not consented to share their profile with it, or withdrew that consent.",
      select: (_args, _ctx, nestedSelection) => ({
        candidate: nestedSelection(true),
        clientSharingConsentAt: true,
        clientSharingConsentWithdrawnAt: true,
      }),
      resolve: (proposal, _args, ctx) =>
        ctx.viewer?.kind === 'partner' && ctx.viewer.clientCompanyId !== null && !isSharedWithClient(proposal) ? null : proposal.candidate,
    }),
    recruiter: t.relation('recruiter', {
      nullable: true,
      description: "The recruiter's account, for their agency's staff; null (with an error) for others.",
    }),
    recruiterName: t.string({
      description: 'The name of the recruiter who proposed (or on whose behalf a partner proposed), for everyone who sees the proposal.',
      select: { recruiter: { select: { name: true } } },
      resolve: (p) => p.recruiter.name,
    }),
    message: t.exposeString('message', { description: "The recruiter's message to the candidate: why this role." }),
    match: t.variant(ProposalMatch, { description: 'The match as it was scored when the candidate was proposed.' }),
    respondBy: t.expose('respondBy', { type: 'DateTime', description: 'Until when the candidate can answer; after it the proposal is EXPIRED.' }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true, description: 'When the candidate accepted or declined; null until then.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the candidate was proposed.' }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: "When the proposal itself last changed (a transition, an expiry); its interviews have their own updatedAt.",
    }),
    closedAt: t.expose('closedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it reached a final status (HIRED, DECLINED, WITHDRAWN, REJECTED, EXPIRED); null while open.',
    }),
    version: t.exposeInt('version', { description: 'Goes up by one with every change.' }),
    decline: t.field({
      type: ProposalDecline,
      nullable: true,
      description: 'How the candidate declined the proposal or its offer; null unless they did.',
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
      description: 'Who withdrew the proposal and why; null unless it was withdrawn.',
      select: { withdrawnBy: true, withdrawalReason: true, withdrawalReasonText: true, withdrawalMessage: true, closedAt: true },
      resolve: (p) =>
        p.withdrawalReason && { by: p.withdrawnBy, reason: p.withdrawalReason, reasonText: p.withdrawalReasonText, message: p.withdrawalMessage, at: p.closedAt },
    }),
    offer: t.field({
      type: ProposalOffer,
      nullable: true,
      description: "The client's offer; null until one is made.",
      select: { offeredAt: true, offerMessage: true, offerSalary: true },
      resolve: (p) => p.offeredAt && { message: p.offerMessage, salary: p.offerSalary, at: p.offeredAt },
    }),
    rejection: t.field({
      type: ProposalRejection,
      nullable: true,
      description: "The client's rejection of the candidate; null unless they were rejected.",
      select: { rejectionReason: true, rejectionReasonText: true, rejectionMessage: true, closedAt: true },
      resolve: (p) => p.rejectionReason && { reason: p.rejectionReason, reasonText: p.rejectionReasonText, message: p.rejectionMessage, at: p.closedAt },
    }),
    // The grants pass the proposal's own visibility down: whoever reads the proposal reads its slots and interviews.
    slots: t.relation('slots', {
      description: 'The interview times offered, earliest first.',
      grantScopes: ['proposalOfCaller'],
      query: { orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] },
    }),
    interviews: t.relation('interviews', {
      description: 'Its interviews (every round, and the ones that were moved or cancelled), earliest first.',
      grantScopes: ['proposalOfCaller'],
      query: { orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] },
    }),
    history: t.relation('activityEvents', {
      description: "Every transition, oldest first. The staff's own notes (a late cancellation or an expiry acknowledged on Today) are shown to the agency's staff only.",
      query: (_args, ctx) => ({
        where: isAgencyStaff(ctx.viewer) ? {} : { action: { notIn: [...STAFF_ONLY_ACTIONS] } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    }),
    acceptedOfferElsewhere: t.prismaField({
      type: 'Proposal',
      nullable: true,
      description:
        "The candidate's other proposal whose offer they accepted (HIRED); null when there is none, or when you may not see it. While there is one, this proposal's offer cannot be accepted or recorded as a hire (AlreadyHiredError): the candidate declines it, or the agency withdraws it.",
      resolve: (query, p, _args, ctx) =>
        ctx.prisma.proposal.findFirst({
          ...nonEmptyQuery(query),
          where: { candidateId: p.candidateId, status: 'HIRED', id: { not: p.id } },
          orderBy: [{ hiredAt: 'asc' }, { id: 'asc' }],
        }),
    }),
  }),
});

// ───────────────────────────── lists ─────────────────────────────

/** Reads the count the connection resolvers hand over: a function for prismaConnection, a value for relatedConnection. */
const totalCountOf = (connection: object): unknown => {
  const totalCount = (connection as { totalCount?: unknown }).totalCount;
  return typeof totalCount === 'function' ? (totalCount as () => unknown)() : totalCount;
};

/** The one connection of proposals: myProposals, proposals and Job.proposals all page through it. */
export const ProposalConnection = builder.connectionObject(
  {
    type: ProposalRef,
    name: 'ProposalConnection',
    description: 'A page of proposals.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many proposals the list holds with its filters, across all pages.',
        // The prisma plugin's marker: a selection of totalCount alone counts without loading a page.
        extensions: { pothosPrismaTotalCount: true },
        resolve: (connection) => totalCountOf(connection) as number,
      }),
    }),
  },
  { name: 'ProposalEdge', description: 'A proposal in a page, with its cursor.' },
);

/** `statuses`, or the deprecated single `status` when statuses is not given. */
const statusesOf = (args: { statuses?: readonly ProposalStatus[] | null; status?: ProposalStatus | null } | null | undefined) =>
  args?.statuses ?? (args?.status ? [args.status] : null);

const myProposalsWhere = (viewer: Viewer | null, args: Parameters<typeof statusesOf>[0]): Prisma.ProposalWhereInput | null => {
  const candidateId = viewer?.kind === 'user' ? viewer.candidateProfileId : null;
  return candidateId ? { candidateId, ...effectiveStatusWhere(statusesOf(args), new Date()) } : null;
};

builder.queryField('myProposals', (t) =>
  t.prismaConnection(
    {
      type: ProposalRef,
      cursor: 'id',
      description: 'Proposals made to the signed-in candidate, newest first. Candidates only.',
      authScopes: { candidate: true },
      args: {
        statuses: t.arg({
          type: [ProposalStatusEnum],
          required: false,
          description: 'Only proposals in any of these effective statuses (a PROPOSED proposal past its respond-by is EXPIRED). Empty or left out: all.',
        }),
        status: t.arg({
          type: ProposalStatusEnum,
          required: false,
          description: 'Only proposals in this effective status. Ignored when statuses is given.',
          deprecationReason: 'Use statuses. Removal on or after 2027-06-30.',
        }),
      },
      totalCount: (_root, args, ctx) => {
        const where = myProposalsWhere(ctx.viewer, args);
        return where ? ctx.prisma.proposal.count({ where }) : 0;
      },
      resolve: (query, _root, args, ctx) => {
        const where = myProposalsWhere(ctx.viewer, args);
        if (!where) return [];
        return ctx.prisma.proposal.findMany({ ...query, where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
      },
    },
    ProposalConnection,
  ),
);

const ProposalsFilter = builder.inputType('ProposalsFilter', {
  description: "Narrows the agency's proposals. Every field is optional; they combine with AND.",
  fields: (t) => ({
    jobId: t.id({ required: false, description: "One job's proposals (a Job ID)." }),
    candidateId: t.id({ required: false, description: "One candidate's proposals (a Candidate ID)." }),
    statuses: t.field({
      type: [ProposalStatusEnum],
      required: false,
      description: 'Any of these effective statuses (a PROPOSED proposal past its respond-by is EXPIRED). Empty or left out: all.',
    }),
    status: t.field({
      type: ProposalStatusEnum,
      required: false,
      description: 'One effective status. Ignored when statuses is given.',
      deprecationReason: 'Use statuses. Removal on or after 2027-06-30.',
    }),
    updatedSince: t.field({
      type: 'DateTime',
      required: false,
      description:
        "Only proposals changed at or after this time (updatedAt >= it): what a sync fetches since its last run. A change to one of a proposal's interviews (cancelled, moved, completed) moves the interview's updatedAt, not the proposal's: the changes feed carries both.",
    }),
  }),
});

const ProposalOrderFieldEnum = builder.enumType('ProposalOrderField', {
  description: 'What a list of proposals can be sorted by.',
  values: {
    CREATED_AT: { description: 'When the candidate was proposed (createdAt).' },
    UPDATED_AT: { description: 'When the proposal last changed (updatedAt): with ASC, what a sync reads after updatedSince.' },
  } as const,
});

const ProposalOrder = builder.inputType('ProposalOrder', {
  description: 'How a list of proposals is sorted; ties are broken by ID in the same direction, so paging is stable.',
  fields: (t) => ({
    field: t.field({ type: ProposalOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionEnum, required: true, description: 'Which way.' }),
  }),
});

type ProposalsFilterShape = {
  jobId?: string | number | null;
  candidateId?: string | number | null;
  statuses?: readonly ProposalStatus[] | null;
  status?: ProposalStatus | null;
  updatedSince?: Date | null;
};

/** The agency's proposals the viewer may list, narrowed by the filter; null when they may list none. */
function proposalsWhere(viewer: Viewer | null, filter: ProposalsFilterShape | null | undefined): Prisma.ProposalWhereInput | null {
  const visible = visibleProposalsWhere(viewer);
  if (!visible || (viewer?.kind === 'user' && viewer.role === 'CANDIDATE')) return null;
  const conditions: Prisma.ProposalWhereInput[] = [visible, effectiveStatusWhere(statusesOf(filter), new Date())];
  if (filter?.jobId) conditions.push({ jobId: decodeGlobalIdOf('Job', String(filter.jobId), 'job') });
  if (filter?.candidateId) conditions.push({ candidateId: decodeGlobalIdOf('Candidate', String(filter.candidateId), 'candidate') });
  if (filter?.updatedSince) conditions.push({ updatedAt: { gte: filter.updatedSince } });
  return { AND: conditions };
}

builder.queryField('proposals', (t) =>
  t.prismaConnection(
    {
      type: ProposalRef,
      cursor: 'id',
      description:
        "The agency's proposals, newest first unless orderBy says otherwise: for its staff and partner keys with PROPOSALS_READ (their client's only, when limited). A sync reads `filter: { updatedSince }` with `orderBy: { field: UPDATED_AT, direction: ASC }`.",
      authScopes: { $any: { staff: true, partner: 'PROPOSALS_READ' } },
      args: {
        filter: t.arg({ type: ProposalsFilter, required: false, description: 'Narrows the list; left out: every proposal the caller may see.' }),
        orderBy: t.arg({ type: ProposalOrder, required: false, description: 'The order; left out: newest created first.' }),
      },
      totalCount: (_root, { filter }, ctx) => {
        const where = proposalsWhere(ctx.viewer, filter);
        return where ? ctx.prisma.proposal.count({ where }) : 0;
      },
      resolve: (query, _root, { filter, orderBy }, ctx) => {
        const where = proposalsWhere(ctx.viewer, filter);
        if (!where) return [];
        const order = orderBy
          ? orderByField(orderBy.field === 'UPDATED_AT' ? 'updatedAt' : 'createdAt', orderBy.direction)
          : orderByField('createdAt', 'DESC');
        return ctx.prisma.proposal.findMany({ ...query, where, orderBy: order });
      },
    },
    ProposalConnection,
  ),
);

// ───────────────────────────── mutations ─────────────────────────────

const errorTypes = [ValidationError, NotFoundError, NotAllowedError, InvalidTransitionError];
const loadProposal = (query: object, ctx: { prisma: { proposal: { findUniqueOrThrow: (args: any) => any } } }, id: string) =>
  ctx.prisma.proposal.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });

/** The descriptions of a mutation's result union and success type, which the errors plugin makes. */
const answerOf = (mutation: string, success: string) => ({
  union: { description: `What ${mutation} answers: ${success}, or the expected error that stopped it (switch on __typename).` },
  result: { description: `Returned when ${mutation} worked: ${success}.` },
});

const InterviewSlotInput = builder.inputType('InterviewSlotInput', {
  description: 'An interview time to offer with a proposal.',
  fields: (t) => ({
    startsAt: t.field({ type: 'DateTime', required: true, description: 'When it starts; in the future.' }),
    endsAt: t.field({ type: 'DateTime', required: true, description: 'When it ends; after startsAt.' }),
    timeZone: t.string({ required: true, description: 'The IANA zone the times are meant in, e.g. "Europe/Berlin".' }),
    format: t.field({ type: InterviewFormatEnum, required: true, description: 'Video, phone or onsite.' }),
    location: t.string({ required: false, description: 'The address (required onsite), link or phone number.' }),
  }),
});

const ProposeMatchInput = builder.inputType('ProposeMatchInput', {
  description: 'Who is proposed for which job, with the message and the interview times offered.',
  fields: (t) => ({
    jobId: t.id({ required: true, description: "An open job of the caller's agency (a Job ID)." }),
    candidateId: t.id({ required: true, description: "A candidate of the caller's agency (a Candidate ID)." }),
    message: t.string({ required: true, description: 'Why this role, for the candidate to read (10-2,000 characters).' }),
    respondBy: t.field({ type: 'DateTime', required: false, description: 'Until when the candidate can answer; at most 30 days from now. Default: 17:00 on the candidate’s clock, 7 days from today on their calendar (the end of their working day, as the web’s propose dialog offers it).' }),
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

builder.objectType(AlreadyHiredError, {
  name: 'AlreadyHiredError',
  description:
    "The candidate has already accepted another offer, so this one cannot be accepted or recorded as a hire: `hiredProposal` is the accepted one. The candidate declines this offer instead (declineOffer), or the agency withdraws it (withdrawProposal).",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof AlreadyHiredError,
  fields: (t) => ({
    hiredProposal: t.prismaField({
      type: 'Proposal',
      nullable: true,
      description: 'The proposal whose offer the candidate accepted (HIRED); null when you may not see it (a key limited to another client).',
      resolve: (query, error, _args, ctx) => loadProposal(query, ctx, error.hiredProposalId),
    }),
  }),
});

builder.mutationField('proposeMatch', (t) =>
  t.prismaField({
    type: 'Proposal',
    description:
      "Proposes one of the agency's candidates for one of its open jobs: by its staff, or by a partner key with PROPOSALS_WRITE (for its client's jobs only when limited to one) on behalf of a recruiter it names or of the key's creator; the history names the key. The candidate is told in the app.",
    authScopes: { $any: { staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: ProposeMatchInput, required: true, description: 'The candidate, the job, the message and the times.' }) },
    // The caller just made it: a key holding PROPOSALS_WRITE without PROPOSALS_READ reads its own answer. Its fields
    // keep their own checks.
    errors: {
      types: [...errorTypes, DuplicateProposalError],
      ...answerOf('proposeMatch', 'the new proposal, PROPOSED'),
      dataField: { name: 'proposal', description: 'The new proposal.', grantScopes: ['proposalOfCaller'] },
    },
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
  description: 'The proposal the candidate accepts, and the time they pick.',
  fields: (t) => ({
    proposalId: t.id({ required: true, description: 'The proposal (a Proposal ID).' }),
    slotId: t.id({ required: true, description: "One of the proposal's slots (an InterviewSlot ID): the interview time the candidate picks." }),
    shareProfileWithClient: t.boolean({
      required: false,
      description:
        "The candidate's consent to share their profile (name, e-mail, headline, summary, city and country, experience, skills and preferences including the salary asked; never the phone) with the job's client through the client's systems; false or absent keeps it with the agency. Changed later with setClientSharingConsent.",
    }),
  }),
});

builder.mutationField('acceptProposal', (t) =>
  t.prismaField({
    type: 'Proposal',
    description: 'The candidate accepts a PROPOSED proposal, picking an interview time: the interview is scheduled at once (INTERVIEWING). Candidates only.',
    authScopes: { candidate: true },
    args: { input: t.arg({ type: AcceptProposalInput, required: true, description: 'The proposal and the picked time.' }) },
    errors: {
      types: errorTypes,
      ...answerOf('acceptProposal', 'the proposal, now INTERVIEWING, with its scheduled interview'),
      dataField: { name: 'proposal', description: 'The proposal, with its new interview.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const { proposalId } = await acceptProposal(ctx, {
        proposalId: String(input.proposalId),
        slotId: String(input.slotId),
        shareProfileWithClient: input.shareProfileWithClient === true,
      });
      return loadProposal(query, ctx, proposalId);
    },
  }),
);

const reasonedFields = <R extends object>(t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<any>, 'InputObject'>, reasonEnum: R) => ({
  proposalId: t.id({ required: true, description: 'The proposal (a Proposal ID).' }),
  reason: t.field({ type: reasonEnum as never, required: false, description: 'Required; OTHER needs reasonText.' }),
  reasonText: t.string({ required: false, description: 'The reason in your own words (required for OTHER, at most 500 characters).' }),
  message: t.string({ required: false, description: 'Required: a message the other side will read (10-2,000 characters).' }),
});

const DeclineProposalInput = builder.inputType('DeclineProposalInput', {
  description: 'Which proposal the candidate declines, why, and their message to the recruiter.',
  fields: (t) => ({
    ...reasonedFields(t as never, DeclineReasonEnum),
    isOpenToFutureRoles: t.boolean({ required: false, description: 'Whether the recruiter may propose other roles. Default: true.' }),
  }),
});

builder.mutationField('declineProposal', (t) =>
  t.prismaField({
    type: 'Proposal',
    description: 'The candidate declines a PROPOSED proposal, with a reason and a message to the recruiter (DECLINED). Candidates only.',
    authScopes: { candidate: true },
    args: { input: t.arg({ type: DeclineProposalInput, required: true, description: 'The proposal, the reason and the message.' }) },
    errors: { types: errorTypes, ...answerOf('declineProposal', 'the proposal, now DECLINED'), dataField: { name: 'proposal', description: 'The declined proposal.' } },
    resolve: async (query, _root, { input }, ctx) => loadProposal(query, ctx, await declineProposal(ctx, { ...input, proposalId: String(input.proposalId) } as never)),
  }),
);

const WithdrawProposalInput = builder.inputType('WithdrawProposalInput', {
  description: 'Which proposal is withdrawn, why, and the message to the other side.',
  fields: (t) => reasonedFields(t as never, WithdrawalReasonEnum),
});

builder.mutationField('withdrawProposal', (t) =>
  t.prismaField({
    type: 'Proposal',
    description:
      "Ends an open proposal, with a reason and a message to the other side (WITHDRAWN): by the candidate once they accepted, or by the agency's staff. Its open interviews are cancelled.",
    authScopes: { $any: { candidate: true, staff: true } },
    args: { input: t.arg({ type: WithdrawProposalInput, required: true, description: 'The proposal, the reason and the message.' }) },
    errors: { types: errorTypes, ...answerOf('withdrawProposal', 'the proposal, now WITHDRAWN'), dataField: { name: 'proposal', description: 'The withdrawn proposal.' } },
    resolve: async (query, _root, { input }, ctx) => loadProposal(query, ctx, await withdrawProposal(ctx, { ...input, proposalId: String(input.proposalId) } as never)),
  }),
);

const MakeOfferInput = builder.inputType('MakeOfferInput', {
  description: "The client's offer for an interviewing candidate.",
  fields: (t) => ({
    proposalId: t.id({ required: true, description: 'The proposal (a Proposal ID), INTERVIEWING.' }),
    message: t.string({ required: true, description: 'The offer, for the candidate to read.' }),
    salary: t.int({ required: false, description: "Yearly, in the job's currency." }),
  }),
});

builder.mutationField('makeOffer', (t) =>
  t.prismaField({
    type: 'Proposal',
    description:
      "Records the client's offer (OFFERED) and tells the candidate: by the agency's staff, or by a partner key with PROPOSALS_WRITE (of the job's client, when limited).",
    authScopes: { $any: { staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: MakeOfferInput, required: true, description: 'The proposal and the offer.' }) },
    errors: {
      types: errorTypes,
      ...answerOf('makeOffer', 'the proposal, now OFFERED'),
      dataField: { name: 'proposal', description: 'The proposal with its offer.', grantScopes: ['proposalOfCaller'] },
    },
    resolve: async (query, _root, { input }, ctx) => loadProposal(query, ctx, await makeOffer(ctx, { ...input, proposalId: String(input.proposalId) })),
  }),
);

const AcceptOfferInput = builder.inputType('AcceptOfferInput', {
  description: 'The offer the candidate accepts.',
  fields: (t) => ({ proposalId: t.id({ required: true, description: 'The proposal with the offer (a Proposal ID), OFFERED.' }) }),
});

const CascadeActionEnum = builder.enumType('CascadeAction', {
  description: 'How to close one of the candidate\'s other open proposals after they accepted an offer.',
  values: {
    DECLINE: { description: 'Not answered yet: send with declineProposal.' },
    DECLINE_OFFER: { description: 'An offer not answered yet: send with declineOffer (the offer is turned down, not walked away from).' },
    WITHDRAW: { description: 'Accepted or interviewing: send with withdrawProposal.' },
  } as const,
});

const CascadeStep = builder.objectRef<CascadeSuggestion>('OfferCascadeStep').implement({
  description: "One of the candidate's other open proposals, with a polite message to review and send.",
  fields: (t) => ({
    proposal: t.prismaField({
      type: 'Proposal',
      description: 'The other open proposal.',
      resolve: (query, step, _args, ctx) => loadProposal(query, ctx, step.proposalId),
    }),
    action: t.expose('action', { type: CascadeActionEnum, description: 'Which mutation closes it.' }),
    suggestedReason: t.exposeString('suggestedReason', { description: 'A DeclineReason or WithdrawalReason, per action.' }),
    suggestedMessage: t.exposeString('suggestedMessage', { description: 'A polite message to the recruiter, for the candidate to edit.' }),
  }),
});

const AcceptOfferSuccess = builder.objectRef<{ proposalId: string; cascade: CascadeSuggestion[] }>('AcceptOfferSuccess').implement({
  description: "Returned when acceptOffer worked: the proposal, now HIRED, and the candidate's other open proposals to close.",
  fields: (t) => ({
    proposal: t.prismaField({
      type: 'Proposal',
      description: 'The proposal, now HIRED.',
      resolve: (query, parent, _args, ctx) => loadProposal(query, ctx, parent.proposalId),
    }),
    cascade: t.expose('cascade', { type: [CascadeStep], description: 'Nothing is sent until the candidate sends each one.' }),
  }),
});

builder.mutationField('acceptOffer', (t) =>
  t.field({
    type: AcceptOfferSuccess,
    description: 'The candidate accepts the offer (HIRED), and gets their other open proposals back to close politely. Candidates only.',
    authScopes: { candidate: true },
    args: { input: t.arg({ type: AcceptOfferInput, required: true, description: 'The proposal with the offer.' }) },
    errors: {
      types: [...errorTypes, AlreadyHiredError],
      directResult: true,
      union: { description: 'What acceptOffer answers: AcceptOfferSuccess, or the expected error that stopped it (switch on __typename).' },
    },
    resolve: (_root, { input }, ctx) => acceptOffer(ctx, { proposalId: String(input.proposalId) }),
  }),
);

const RecordHireInput = builder.inputType('RecordHireInput', {
  description: 'The proposal whose offer the candidate accepted.',
  fields: (t) => ({ proposalId: t.id({ required: true, description: 'The proposal (a Proposal ID), OFFERED.' }) }),
});

builder.mutationField('recordHire', (t) =>
  t.prismaField({
    type: 'Proposal',
    description:
      "Records that the candidate accepted the client's offer (HIRED): by the agency's staff, or by a partner key with PROPOSALS_WRITE (of the job's client, when limited). The candidate is told; their other proposals stay as they are.",
    authScopes: { $any: { staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: RecordHireInput, required: true, description: 'The proposal.' }) },
    errors: {
      types: [...errorTypes, AlreadyHiredError],
      ...answerOf('recordHire', 'the proposal, now HIRED'),
      dataField: { name: 'proposal', description: 'The proposal, now HIRED.', grantScopes: ['proposalOfCaller'] },
    },
    resolve: async (query, _root, { input }, ctx) => loadProposal(query, ctx, await recordHire(ctx, { proposalId: String(input.proposalId) })),
  }),
);

const DeclineOfferInput = builder.inputType('DeclineOfferInput', {
  description: 'Which offer the candidate turns down, why, and their message.',
  fields: (t) => reasonedFields(t as never, DeclineReasonEnum),
});

builder.mutationField('declineOffer', (t) =>
  t.prismaField({
    type: 'Proposal',
    description: 'The candidate turns the offer down, with a reason and a message (DECLINED). Candidates only.',
    authScopes: { candidate: true },
    args: { input: t.arg({ type: DeclineOfferInput, required: true, description: 'The proposal, the reason and the message.' }) },
    errors: { types: errorTypes, ...answerOf('declineOffer', 'the proposal, now DECLINED'), dataField: { name: 'proposal', description: 'The proposal, now DECLINED.' } },
    resolve: async (query, _root, { input }, ctx) => loadProposal(query, ctx, await declineOffer(ctx, { ...input, proposalId: String(input.proposalId) } as never)),
  }),
);

const RejectCandidateInput = builder.inputType('RejectCandidateInput', {
  description: "Which proposal the client ends, why, and the message to the candidate.",
  fields: (t) => reasonedFields(t as never, RejectionReasonEnum),
});

builder.mutationField('rejectCandidate', (t) =>
  t.prismaField({
    type: 'Proposal',
    description:
      "Records the client's decision not to go on with the candidate (REJECTED), with a reason and a message: by the agency's staff, or by a partner key with PROPOSALS_WRITE (of the job's client, when limited).",
    authScopes: { $any: { staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: RejectCandidateInput, required: true, description: 'The proposal, the reason and the message.' }) },
    errors: {
      types: errorTypes,
      ...answerOf('rejectCandidate', 'the proposal, now REJECTED'),
      dataField: { name: 'proposal', description: 'The proposal, now REJECTED.', grantScopes: ['proposalOfCaller'] },
    },
    resolve: async (query, _root, { input }, ctx) => loadProposal(query, ctx, await rejectCandidate(ctx, { ...input, proposalId: String(input.proposalId) } as never)),
  }),
);
