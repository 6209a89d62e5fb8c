import type { Change } from '../change-log/append-change.ts';

/** The change-log entry of an interview's transition: its history action as the kind, where it moved, and its proposal. */
export function interviewChange(
  interview: { id: string; agencyId: string; proposal: { id: string } },
  kind: string,
  transition: { from: string | null; to: string },
): Change {
  return {
    agencyId: interview.agencyId,
    entity: 'INTERVIEW',
    entityId: interview.id,
    kind,
    data: { proposalId: interview.proposal.id, from: transition.from, to: transition.to },
  };
}
