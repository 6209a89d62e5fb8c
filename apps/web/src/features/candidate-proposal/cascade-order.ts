/**
 * The offer cascade in one order wherever it is shown (B11): the proposal made first comes first (createdAt, then id).
 * acceptOffer lists the steps oldest first and the page's myProposals newest first; without one key for both, the
 * list turned over after a reload.
 */
export function inCascadeOrder<T extends { proposal: { id: string; createdAt: string } }>(steps: readonly T[]): T[] {
  return [...steps].sort(
    (a, b) => Date.parse(a.proposal.createdAt) - Date.parse(b.proposal.createdAt) || (a.proposal.id < b.proposal.id ? -1 : a.proposal.id > b.proposal.id ? 1 : 0),
  );
}
