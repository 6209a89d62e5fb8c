import { REASON_LABELS } from '@shortlist/domain/interviews';
import type { CohortCounts } from './read-proposal-cohort.ts';

export type DeclineKind = 'PROPOSAL' | 'OFFER';

export interface DeclineReasonCount {
  kind: DeclineKind;
  reason: string;
  label: string;
  count: number;
}

/**
 * Why the range's proposals were declined: the candidate's reason, per kind (the proposal itself, or the offer
 * after it: an offered proposal declined is an offer decline), most frequent first (then by reason, the proposal
 * before the offer), in the reason picker's words.
 */
export function declineReasonsOf(rows: readonly CohortCounts[]): DeclineReasonCount[] {
  const counts = new Map<string, { isOffer: boolean; reason: string; count: number }>();
  for (const row of rows) {
    if (row.declineReason === null || row.isOfferDecline === null) continue;
    const key = `${row.isOfferDecline}:${row.declineReason}`;
    const entry = counts.get(key) ?? { isOffer: row.isOfferDecline, reason: row.declineReason, count: 0 };
    entry.count += row.declined;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0) || Number(a.isOffer) - Number(b.isOffer))
    .map(({ isOffer, reason, count }) => {
      const labels: Record<string, string> = isOffer ? REASON_LABELS.declineOffer : REASON_LABELS.decline;
      return { kind: isOffer ? 'OFFER' : 'PROPOSAL', reason, label: labels[reason] ?? reason, count };
    });
}
