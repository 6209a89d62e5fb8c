import type { InterviewStatus, Party, ProposalStatus } from './types.ts';

export type ReliabilitySummary = {
  /** Proposals the candidate accepted or declined (they have a respondedAt). */
  proposalsAnswered: number;
  /** Proposals that lapsed without an answer. */
  proposalsExpired: number;
  /** answered / (answered + expired); null when neither happened yet. */
  responseRate: number | null;
  /** Median hours from proposal to answer, one decimal; null with no answers. */
  medianResponseHours: number | null;
  /** Interviews the candidate cancelled. */
  cancellations: number;
  lateCancellations: number;
  /** Median notice the candidate gave when cancelling, in hours, one decimal; null with no cancellations. */
  medianNoticeHours: number | null;
  /** Interviews the candidate did not attend. */
  noShows: number;
  /** Of those, the ones the candidate contested (their account stands beside the recorder's note). */
  noShowsContested: number;
};

const HOUR_MS = 3_600_000;
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/**
 * A candidate's reliability record. Only what the candidate did counts against them: cancellations by the
 * recruiter or client, and no-shows by another party, are left out. Proposals withdrawn before an answer, or still
 * waiting, count neither way. Pass effective statuses, so a lapsed proposal counts as EXPIRED.
 */
export function summarizeReliability(input: {
  proposals: Array<{ status: ProposalStatus; createdAt: Date; respondedAt: Date | null }>;
  interviews: Array<{
    status: InterviewStatus;
    cancelledBy: Party | null;
    noticeGivenMinutes: number | null;
    isLateCancellation: boolean | null;
    noShowParty: Party | null;
    noShowContestedAt?: Date | null;
  }>;
}): ReliabilitySummary {
  const answered = input.proposals.filter((p) => p.respondedAt !== null);
  const proposalsExpired = input.proposals.filter((p) => p.respondedAt === null && p.status === 'EXPIRED').length;
  const decided = answered.length + proposalsExpired;
  const responseHours = answered.map((p) => ((p.respondedAt?.getTime() ?? 0) - p.createdAt.getTime()) / HOUR_MS);

  const ownCancellations = input.interviews.filter((i) => i.status === 'CANCELLED' && i.cancelledBy === 'CANDIDATE');
  const noticeHours = ownCancellations.flatMap((i) => (i.noticeGivenMinutes === null ? [] : [i.noticeGivenMinutes / 60]));
  const ownNoShows = input.interviews.filter((i) => i.status === 'NO_SHOW' && i.noShowParty === 'CANDIDATE');
  const medianResponse = median(responseHours);
  const medianNotice = median(noticeHours);

  return {
    proposalsAnswered: answered.length,
    proposalsExpired,
    responseRate: decided === 0 ? null : answered.length / decided,
    medianResponseHours: medianResponse === null ? null : oneDecimal(medianResponse),
    cancellations: ownCancellations.length,
    lateCancellations: ownCancellations.filter((i) => i.isLateCancellation === true).length,
    medianNoticeHours: medianNotice === null ? null : oneDecimal(medianNotice),
    noShows: ownNoShows.length,
    noShowsContested: ownNoShows.filter((i) => i.noShowContestedAt != null).length,
  };
}
