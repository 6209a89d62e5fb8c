import { REASON_LABELS, type ReasonedActionKind } from '@shortlist/domain/interviews';

const KIND_BY_ACTION: Record<string, ReasonedActionKind> = {
  'proposal.declined': 'decline',
  'proposal.withdrawn': 'withdraw',
  'proposal.rejected': 'reject',
  'interview.cancelled': 'cancel',
};

/** The picker's words for a recorded reason; null for events without one (or a code the list no longer has). */
export function reasonLabelOf(event: { action: string; reason: string | null; fromStatus?: string | null }): string | null {
  if (!event.reason) return null;
  const baseKind = KIND_BY_ACTION[event.action];
  if (!baseKind) return null;
  const kind = baseKind === 'decline' && event.fromStatus === 'OFFERED' ? 'declineOffer' : baseKind;
  const labels = REASON_LABELS[kind] as Record<string, string>;
  return labels[event.reason] ?? null;
}
