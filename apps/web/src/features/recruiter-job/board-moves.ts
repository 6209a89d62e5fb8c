import { effectiveProposalStatus, transitionProposal, type ProposalEvent } from '@shortlist/domain/interviews';
import type { ProposalStatus } from '../../gql/graphql';

/** The board's columns: the open stages, Hired, and one column for every way a proposal ends without a hire. */
export const BOARD_COLUMNS = ['PROPOSED', 'ACCEPTED', 'INTERVIEWING', 'OFFERED', 'HIRED', 'CLOSED'] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

export const BOARD_COLUMN_WORDS: Record<BoardColumn, string> = {
  PROPOSED: 'Proposed',
  ACCEPTED: 'Accepted',
  INTERVIEWING: 'Interviewing',
  OFFERED: 'Offered',
  HIRED: 'Hired',
  CLOSED: 'Closed',
};

/** Where a card can be dropped: a stage, or one of the two ways the recruiter closes a proposal. */
export type MoveTarget = Exclude<BoardColumn, 'CLOSED'> | 'REJECTED' | 'WITHDRAWN';

/** The recruiter's action each target runs (Proposed and Accepted have none: see decideMove). */
export type MoveAction = 'schedule' | 'offer' | 'hire' | 'reject' | 'withdraw';

export const MOVE_TARGETS: readonly MoveTarget[] = ['PROPOSED', 'ACCEPTED', 'INTERVIEWING', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN'];

export const MOVE_TARGET_WORDS: Record<MoveTarget, string> = {
  PROPOSED: 'Proposed',
  ACCEPTED: 'Accepted',
  INTERVIEWING: 'Interviewing: schedule an interview',
  OFFERED: 'Offered: record an offer',
  HIRED: 'Hired: record the hire',
  REJECTED: 'Not selected',
  WITHDRAWN: 'Withdrawn',
};

const EVENTS: Record<MoveTarget, { event: ProposalEvent; action: MoveAction | null }> = {
  PROPOSED: { event: 'accept', action: null },
  ACCEPTED: { event: 'accept', action: null },
  INTERVIEWING: { event: 'scheduleInterview', action: 'schedule' },
  OFFERED: { event: 'makeOffer', action: 'offer' },
  HIRED: { event: 'recordHire', action: 'hire' },
  REJECTED: { event: 'reject', action: 'reject' },
  WITHDRAWN: { event: 'withdraw', action: 'withdraw' },
};

type BoardProposal = { status: ProposalStatus; respondBy: string };

/** The column a proposal sits in; a proposal past its respond-by with no answer has expired, marked or not. */
export function columnOf(proposal: BoardProposal, now: Date): BoardColumn {
  const status = effectiveProposalStatus({ status: proposal.status, respondBy: new Date(proposal.respondBy) }, now);
  if (status === 'DECLINED' || status === 'WITHDRAWN' || status === 'REJECTED' || status === 'EXPIRED') return 'CLOSED';
  return status;
}

export type MoveDecision = { ok: true; action: MoveAction } | { ok: false; reason: string };

/**
 * Whether the recruiter may move a card to a target, and which action that runs. The domain's transition table
 * decides (as the API does), so the board never shows a state the proposal cannot reach; a refusal says why.
 */
export function decideMove(proposal: BoardProposal, target: MoveTarget, now: Date): MoveDecision {
  const from = columnOf(proposal, now);
  if (target === from || (from === 'CLOSED' && target === proposal.status)) {
    return { ok: false, reason: `The proposal is already ${from === 'CLOSED' ? 'closed' : `in ${BOARD_COLUMN_WORDS[from]}`}.` };
  }
  if (target === 'PROPOSED') return { ok: false, reason: 'A proposal never goes back to Proposed: it moves on or closes.' };
  const { event, action } = EVENTS[target];
  const result = transitionProposal({ status: proposal.status, respondBy: new Date(proposal.respondBy) }, event, 'RECRUITER', { now });
  if (!result.ok) return { ok: false, reason: result.error.message };
  if (!action) return { ok: false, reason: 'Only the candidate can accept a proposal.' };
  return { ok: true, action };
}
