import { ActorKind, InterviewStatus, Party, ProposalStatus } from '@shortlist/db/prisma';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { InterviewStatusEnum } from '../interviews/interview.ts';
import { ProposalStatusEnum } from '../jobs/job.ts';
import { reasonLabelOf } from './reason-label-of.ts';

export const PartyEnum = builder.enumType(Party, {
  name: 'Party',
  description: 'A side of a proposal: the candidate, the recruiter, or the client company.',
  values: {
    CANDIDATE: { description: 'The candidate proposed.' },
    RECRUITER: { description: "The agency's side: a recruiter, an admin, or a partner system acting for the agency." },
    CLIENT: { description: 'The client company the job is at (its decisions are recorded by the agency).' },
  },
});

export const ActorKindEnum = builder.enumType(ActorKind, {
  name: 'ActorKind',
  description: 'A person (USER), a partner system (API_KEY), or Shortlist itself (SYSTEM, e.g. expiry).',
  values: {
    USER: { description: 'A person signed in: agency staff or a candidate.' },
    API_KEY: { description: "A partner system, through one of the agency's API keys." },
    SYSTEM: { description: 'Shortlist itself, for time-driven changes such as a proposal expiring.' },
  },
});

type ActorShape = { name: string; party: Party | null; kind: ActorKind };

const ActivityActor = builder.objectRef<ActorShape>('ActivityActor').implement({
  description: 'Who did it: a name and a side, never contact details.',
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'The person\'s name; for a partner system its key\'s name (or "Partner system", see ActivityEvent.actor); "Shortlist" for Shortlist itself.',
    }),
    party: t.expose('party', { type: PartyEnum, nullable: true, description: 'The side they acted for; null for Shortlist itself.' }),
    kind: t.expose('kind', { type: ActorKindEnum, description: 'A person, a partner system, or Shortlist itself.' }),
  }),
});

/** A key's name is the agency's own word for a partner ("Acme HR sync"): its staff and the key see it, a candidate does not. */
async function partnerNameFor(ctx: Pick<Context, 'prisma' | 'viewer'>, event: { agencyId: string; actorApiKeyId: string | null }): Promise<string> {
  const viewer = ctx.viewer;
  const isStaff = viewer?.kind === 'user' && viewer.role !== 'CANDIDATE' && viewer.agencyId === event.agencyId;
  const isTheKey = viewer?.kind === 'partner' && viewer.apiKeyId === event.actorApiKeyId;
  if (!event.actorApiKeyId || !(isStaff || isTheKey)) return 'Partner system';
  // findUnique calls of one tick are batched by Prisma into one query, so a history of many events costs one read.
  const key = await ctx.prisma.apiKey.findUnique({ where: { id: event.actorApiKeyId }, select: { name: true } });
  return key?.name ?? 'Partner system';
}

/** A history status as its enum: the proposal's for proposal.* events, the interview's for interview.* events, else null. */
const statusOf =
  <S extends string>(prefix: 'proposal.' | 'interview.', statuses: Record<string, S>) =>
  (action: string, status: string | null): S | null =>
    action.startsWith(prefix) && status !== null && Object.hasOwn(statuses, status) ? statuses[status]! : null;
const proposalStatusOf = statusOf('proposal.', ProposalStatus);
const interviewStatusOf = statusOf('interview.', InterviewStatus);

export const ActivityEventRef = builder.prismaObject('ActivityEvent', {
  description: "One entry of a proposal's history: who did what, when, from which status to which, and why.",
  fields: (t) => ({
    action: t.exposeString('action', { description: 'What happened, e.g. "proposal.declined", "interview.cancelled".' }),
    actor: t.field({
      type: ActivityActor,
      description: "For a partner system, its key's name to the agency's staff and to the key itself; \"Partner system\" to others.",
      select: { agencyId: true, actorKind: true, actorParty: true, actorApiKeyId: true, actorUser: { select: { name: true } } },
      resolve: async (event, _args, ctx) => ({
        kind: event.actorKind,
        party: event.actorParty,
        name:
          event.actorKind === 'SYSTEM'
            ? 'Shortlist'
            : event.actorKind === 'API_KEY'
              ? await partnerNameFor(ctx, event)
              : (event.actorUser?.name ?? 'A former user'),
      }),
    }),
    fromStatus: t.exposeString('fromStatus', {
      nullable: true,
      description: "The proposal's or interview's status before the event, as a string; null for the first event of either.",
      deprecationReason: 'Use fromProposalStatus or fromInterviewStatus. Removal on or after 2027-06-30.',
    }),
    toStatus: t.exposeString('toStatus', {
      nullable: true,
      description: "The proposal's or interview's status after the event, as a string; null when it did not move.",
      deprecationReason: 'Use toProposalStatus or toInterviewStatus. Removal on or after 2027-06-30.',
    }),
    fromProposalStatus: t.field({
      type: ProposalStatusEnum,
      nullable: true,
      description: "For a proposal event (proposal.*): the proposal's status before it. null for proposal.proposed and for interview events.",
      select: { action: true, fromStatus: true },
      resolve: (event) => proposalStatusOf(event.action, event.fromStatus),
    }),
    toProposalStatus: t.field({
      type: ProposalStatusEnum,
      nullable: true,
      description: "For a proposal event (proposal.*): the proposal's status after it. null for interview events.",
      select: { action: true, toStatus: true },
      resolve: (event) => proposalStatusOf(event.action, event.toStatus),
    }),
    fromInterviewStatus: t.field({
      type: InterviewStatusEnum,
      nullable: true,
      description:
        "For an interview event (interview.*): the interview's status before it. null for a new interview (interview.scheduled, interview.rescheduled) and for proposal events.",
      select: { action: true, fromStatus: true },
      resolve: (event) => interviewStatusOf(event.action, event.fromStatus),
    }),
    toInterviewStatus: t.field({
      type: InterviewStatusEnum,
      nullable: true,
      description: "For an interview event (interview.*): the interview's status after it (`interview` is that interview). null for proposal events.",
      select: { action: true, toStatus: true },
      resolve: (event) => interviewStatusOf(event.action, event.toStatus),
    }),
    reason: t.exposeString('reason', { nullable: true, description: 'The reason code, e.g. SALARY_TOO_LOW.' }),
    reasonLabel: t.string({
      nullable: true,
      description: 'The reason as the person picked it, in words.',
      select: { action: true, reason: true, fromStatus: true },
      resolve: (event) => reasonLabelOf(event),
    }),
    reasonText: t.exposeString('reasonText', { nullable: true, description: 'The words given with the reason OTHER; null for any other reason.' }),
    message: t.exposeString('message', { nullable: true, description: 'The message to the other side that came with the event (a decline, withdrawal or cancellation); null without one.' }),
    noticeGivenMinutes: t.exposeInt('noticeGivenMinutes', {
      nullable: true,
      description: "For a cancellation: the minutes between the cancel and the interview's start. Null for other events.",
    }),
    isLate: t.exposeBoolean('isLate', {
      nullable: true,
      description: "For a cancellation: whether the notice was under the agency's policy (recorded, never blocked). Null for other events.",
    }),
    interview: t.relation('interview', { nullable: true, description: 'The interview an interview.* event is about; null for proposal events.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it happened.' }),
  }),
});
