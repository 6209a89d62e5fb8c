import type { Party, Prisma } from '@shortlist/db/prisma';
import { effectiveProposalStatus, transitionProposal, type ProposalEvent, type ProposalStatus } from '@shortlist/domain/interviews';
import type { Context } from '../../context.ts';
import { recordActivity, type ActingParty, type ActivityInput, type NotificationInput } from '../activity/record-activity.ts';
import type { ProposalForAction } from './load-proposal-for-action.ts';
import { appendChange, type Change } from '../change-log/append-change.ts';
import { proposalChange } from './proposal-change.ts';
import { alreadyChanged, refuseTransition } from './refuse-transition.ts';

type Transition = { from: ProposalStatus; to: ProposalStatus };

export interface MoveProposalOptions {
  now: Date;
  /** Columns written with the status (reason, message, timestamps). */
  data?: Prisma.ProposalUncheckedUpdateManyInput;
  activity: Omit<ActivityInput, 'agencyId' | 'proposalId' | 'fromStatus' | 'toStatus'>;
  notify?: readonly NotificationInput[];
  /** The side the history shows, when it differs from the actor's (a recruiter recording the client's offer). */
  recordAs?: Party;
  /**
   * Row locks taken before the guarded write, so transactions that touch several rows take them in one order (a hire
   * locks its job, then its candidate): otherwise two hires for one job's last opening can deadlock.
   */
  lockFirst?: (tx: Prisma.TransactionClient) => Promise<void>;
  /** More writes that must commit or roll back with this transition, and the changes they made (for the change log). */
  alsoInTransaction?: (tx: Prisma.TransactionClient, transition: Transition) => Promise<readonly Change[] | void>;
  /** Writes that follow from the move (a hire filling its job), after its history event, in the same transaction. */
  thenInTransaction?: (tx: Prisma.TransactionClient, transition: Transition) => Promise<readonly Change[] | void>;
}

/**
 * One proposal transition: the domain decides, then a guarded write (status and version in the WHERE) commits it
 * together with its history event and notification. Of two concurrent requests exactly one matches the row;
 * the other gets "already changed" and its transaction rolls back.
 */
export async function moveProposal(
  ctx: Pick<Context, 'prisma'>,
  proposal: ProposalForAction,
  actor: ActingParty,
  event: ProposalEvent,
  options: MoveProposalOptions,
): Promise<Transition> {
  const { now } = options;
  const decided = transitionProposal(proposal, event, actor.party, { now, timeZone: proposal.job.timeZone });
  if (!decided.ok) throw refuseTransition(decided.error, effectiveProposalStatus(proposal, now));
  const transition = { from: decided.from, to: decided.to };

  await ctx.prisma.$transaction(async (tx) => {
    await options.lockFirst?.(tx);
    const { count } = await tx.proposal.updateMany({
      where: { id: proposal.id, status: transition.from, version: proposal.version },
      data: { ...options.data, status: transition.to, version: { increment: 1 } },
    });
    if (count !== 1) {
      const current = await tx.proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { status: true, respondBy: true } });
      throw alreadyChanged('proposal', effectiveProposalStatus(current, now));
    }
    // Writes that lead to the move (a new interview) are recorded before it, so the history reads in order.
    const changes = [...((await options.alsoInTransaction?.(tx, transition)) ?? [])];
    // Another round of interviews keeps INTERVIEWING; its interview event says all there is to say.
    if (transition.from !== transition.to) {
      await recordActivity(
        tx,
        { ...actor, party: options.recordAs ?? actor.party },
        { ...options.activity, agencyId: proposal.agencyId, proposalId: proposal.id, fromStatus: transition.from, toStatus: transition.to },
        options.notify,
      );
      changes.push(proposalChange(proposal, options.activity.action, transition));
    }
    changes.push(...((await options.thenInTransaction?.(tx, transition)) ?? []));
    await appendChange(tx, actor, changes);
  });
  return transition;
}
