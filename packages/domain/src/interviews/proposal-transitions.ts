import { describeActors } from './describe-actors.ts';
import { effectiveProposalStatus } from './effective-proposal-status.ts';
import { formatInZone } from './format-in-zone.ts';
import type { Actor, LifecycleError, ProposalStatus, TransitionResult } from './types.ts';

export const PROPOSAL_EVENTS = [
  'accept',
  'decline',
  'withdraw',
  'scheduleInterview',
  'makeOffer',
  'acceptOffer',
  'recordHire',
  'declineOffer',
  'reject',
  'expire',
] as const;
export type ProposalEvent = (typeof PROPOSAL_EVENTS)[number];

/** AFTER_RESPOND_BY: only once the respond-by time has passed (expiry is a fact, not a choice). */
export type ProposalRule = {
  readonly to: ProposalStatus;
  readonly actors: readonly Actor[];
  readonly when?: 'AFTER_RESPOND_BY';
};
type ProposalTable = { readonly [S in ProposalStatus]: { readonly [E in ProposalEvent]?: ProposalRule } };

/**
 * Every allowed proposal transition: from status, by event, to status, and who may do it. A status with no events
 * is terminal. The candidate declines (not withdraws) a proposal they have not answered yet.
 */
export const PROPOSAL_TRANSITIONS = {
  PROPOSED: {
    accept: { to: 'ACCEPTED', actors: ['CANDIDATE'] },
    decline: { to: 'DECLINED', actors: ['CANDIDATE'] },
    withdraw: { to: 'WITHDRAWN', actors: ['RECRUITER'] },
    expire: { to: 'EXPIRED', actors: ['SYSTEM'], when: 'AFTER_RESPOND_BY' },
  },
  ACCEPTED: {
    withdraw: { to: 'WITHDRAWN', actors: ['CANDIDATE', 'RECRUITER'] },
    scheduleInterview: { to: 'INTERVIEWING', actors: ['RECRUITER'] },
    reject: { to: 'REJECTED', actors: ['RECRUITER', 'CLIENT'] },
  },
  INTERVIEWING: {
    withdraw: { to: 'WITHDRAWN', actors: ['CANDIDATE', 'RECRUITER'] },
    // A further round keeps the proposal where it is.
    scheduleInterview: { to: 'INTERVIEWING', actors: ['RECRUITER'] },
    makeOffer: { to: 'OFFERED', actors: ['RECRUITER', 'CLIENT'] },
    reject: { to: 'REJECTED', actors: ['RECRUITER', 'CLIENT'] },
  },
  OFFERED: {
    withdraw: { to: 'WITHDRAWN', actors: ['CANDIDATE', 'RECRUITER'] },
    acceptOffer: { to: 'HIRED', actors: ['CANDIDATE'] },
    // The candidate said yes to the client or the recruiter rather than in Shortlist: whoever heard it records it.
    recordHire: { to: 'HIRED', actors: ['RECRUITER', 'CLIENT'] },
    declineOffer: { to: 'DECLINED', actors: ['CANDIDATE'] },
    reject: { to: 'REJECTED', actors: ['RECRUITER', 'CLIENT'] },
  },
  HIRED: {},
  DECLINED: {},
  WITHDRAWN: {},
  REJECTED: {},
  EXPIRED: {},
} as const satisfies ProposalTable;

export type ProposalTransitionErrorCode = 'INVALID_TRANSITION' | 'NOT_ALLOWED' | 'EXPIRED';
export type ProposalTransitionResult = TransitionResult<ProposalStatus, ProposalTransitionErrorCode>;

/** Completes "A proposal that …". */
const STATUS_PHRASES: Record<ProposalStatus, string> = {
  PROPOSED: 'is awaiting an answer',
  ACCEPTED: 'is accepted',
  INTERVIEWING: 'is in interviews',
  OFFERED: 'has an offer',
  HIRED: 'ended in a hire',
  DECLINED: 'is declined',
  WITHDRAWN: 'is withdrawn',
  REJECTED: 'is rejected',
  EXPIRED: 'has expired',
};

/** `action` completes "Only … can …"; `passive` completes "A proposal that … cannot …". */
const EVENT_PHRASES: Record<ProposalEvent, { action: string; passive: string }> = {
  accept: { action: 'accept a proposal', passive: 'be accepted' },
  decline: { action: 'decline a proposal', passive: 'be declined' },
  withdraw: { action: 'withdraw a proposal', passive: 'be withdrawn' },
  scheduleInterview: { action: 'schedule an interview', passive: 'have an interview scheduled' },
  makeOffer: { action: 'make an offer', passive: 'receive an offer' },
  acceptOffer: { action: 'accept an offer', passive: 'have an offer accepted' },
  recordHire: { action: 'record a hire', passive: 'be recorded as a hire' },
  declineOffer: { action: 'decline an offer', passive: 'have an offer declined' },
  reject: { action: 'reject a candidate', passive: 'be rejected' },
  expire: { action: 'expire a proposal', passive: 'expire' },
};

const TABLE: ProposalTable = PROPOSAL_TRANSITIONS;

function actorsEverAllowed(event: ProposalEvent): Actor[] {
  const actors = new Set<Actor>();
  for (const row of Object.values(TABLE)) for (const actor of row[event]?.actors ?? []) actors.add(actor);
  return [...actors];
}

const refuse = (code: ProposalTransitionErrorCode, message: string): ProposalTransitionResult => ({
  ok: false,
  error: { code, message } satisfies LifecycleError<ProposalTransitionErrorCode>,
});

/**
 * Decides one proposal transition. Never throws: every status × event × actor gives a target status or a typed,
 * readable refusal. `from` is the *stored* status, for the guarded write (`where: { status: from, version }`).
 * Judged on the effective status, so a proposal past respond-by is treated as expired even before anything
 * wrote EXPIRED. `timeZone` only shapes dates in messages (default UTC).
 */
export function transitionProposal(
  proposal: { status: ProposalStatus; respondBy: Date },
  event: ProposalEvent,
  actor: Actor,
  context: { now: Date; timeZone?: string },
): ProposalTransitionResult {
  const phrases = EVENT_PHRASES[event];
  const row = Object.hasOwn(TABLE, proposal.status) ? TABLE[proposal.status] : undefined;
  if (!phrases || !row) return refuse('INVALID_TRANSITION', 'This action is not available for this proposal.');

  const everAllowed = actorsEverAllowed(event);
  if (!everAllowed.includes(actor)) {
    if (event === 'expire') return refuse('NOT_ALLOWED', 'Proposals expire on their own once the respond-by time passes.');
    return refuse('NOT_ALLOWED', `Only ${describeActors(everAllowed)} can ${phrases.action}.`);
  }

  const effective = effectiveProposalStatus(proposal, context.now);
  if (effective === 'EXPIRED' && event !== 'expire') {
    const expiredOn = formatInZone(proposal.respondBy, context.timeZone ?? 'UTC');
    return refuse(
      'EXPIRED',
      actor === 'CANDIDATE'
        ? `This proposal expired on ${expiredOn}; ask the recruiter to renew it.`
        : `This proposal expired on ${expiredOn} without an answer.`,
    );
  }

  // The stored status decides the rule: a lapsed PROPOSED proposal may still be *marked* expired.
  const rule = Object.hasOwn(row, event) ? row[event] : undefined;
  if (!rule) return refuse('INVALID_TRANSITION', `A proposal that ${STATUS_PHRASES[effective]} cannot ${phrases.passive}.`);
  if (!rule.actors.includes(actor)) {
    return refuse(
      'NOT_ALLOWED',
      `A proposal that ${STATUS_PHRASES[effective]} can only ${phrases.passive} by ${describeActors(rule.actors)}.`,
    );
  }
  if (rule.when === 'AFTER_RESPOND_BY' && effective !== 'EXPIRED') {
    const openUntil = formatInZone(proposal.respondBy, context.timeZone ?? 'UTC');
    return refuse('INVALID_TRANSITION', `This proposal is open for an answer until ${openUntil}; it cannot expire before then.`);
  }
  return { ok: true, from: proposal.status, to: rule.to };
}
