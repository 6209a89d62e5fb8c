import type { Change } from '../change-log/append-change.ts';

/** The change-log entry of a proposal's transition: its history action as the kind, and where it moved. */
export function proposalChange(
  proposal: { id: string; agencyId: string },
  kind: string,
  transition: { from: string | null; to: string },
): Change {
  return { agencyId: proposal.agencyId, entity: 'PROPOSAL', entityId: proposal.id, kind, data: { from: transition.from, to: transition.to } };
}
