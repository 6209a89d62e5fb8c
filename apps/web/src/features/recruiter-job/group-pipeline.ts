import type { InterviewStatus, ProposalStatus } from '../../gql/graphql';
import { proposalStatusInWords } from '../../words/proposal-status-in-words';

/** A column of the pipeline: a proposal status, or open proposals whose last interview fell through. */
export type PipelineGroupKey = ProposalStatus | 'INTERVIEW_FELL_THROUGH';

export type PipelineProposal = {
  id: string;
  status: ProposalStatus;
  interviews: ReadonlyArray<{ status: InterviewStatus; startsAt: string; rescheduledTo?: { id: string } | null }>;
};

export type PipelineGroup<P> = { key: PipelineGroupKey; label: string; proposals: P[] };

const GROUP_ORDER: ReadonlyArray<readonly [PipelineGroupKey, string]> = [
  ['PROPOSED', proposalStatusInWords.PROPOSED],
  ['ACCEPTED', proposalStatusInWords.ACCEPTED],
  ['INTERVIEWING', proposalStatusInWords.INTERVIEWING],
  ['OFFERED', proposalStatusInWords.OFFERED],
  ['HIRED', proposalStatusInWords.HIRED],
  ['DECLINED', proposalStatusInWords.DECLINED],
  ['WITHDRAWN', proposalStatusInWords.WITHDRAWN],
  ['EXPIRED', proposalStatusInWords.EXPIRED],
  ['INTERVIEW_FELL_THROUGH', 'Cancelled / no-show'],
  ['REJECTED', proposalStatusInWords.REJECTED],
];

const FELL_THROUGH: ReadonlySet<InterviewStatus> = new Set(['CANCELLED', 'NO_SHOW']);

/**
 * Where a proposal sits in the pipeline. Its status, except for an accepted or interviewing proposal whose latest
 * interview was cancelled or missed with nothing booked since: the recruiter has to act on those, so they get a
 * column of their own ("Cancelled / no-show") instead of hiding among the live interviews.
 */
export function pipelineGroupOf(proposal: PipelineProposal): PipelineGroupKey {
  if (proposal.status !== 'ACCEPTED' && proposal.status !== 'INTERVIEWING') return proposal.status;
  // Booked, or waiting for a new time not yet set; a moved interview counts through its replacement.
  const isLive = (interview: PipelineProposal['interviews'][number]) =>
    interview.status === 'SCHEDULED' || (interview.status === 'NEEDS_RESCHEDULING' && !interview.rescheduledTo);
  if (proposal.interviews.some(isLive)) return proposal.status;
  const current = proposal.interviews.filter((interview) => !interview.rescheduledTo);
  const latest = current.reduce<PipelineProposal['interviews'][number] | null>(
    (last, interview) => (!last || interview.startsAt >= last.startsAt ? interview : last),
    null,
  );
  return latest && FELL_THROUGH.has(latest.status) ? 'INTERVIEW_FELL_THROUGH' : proposal.status;
}

/** The non-empty columns of the pipeline, in the order a proposal moves through them; each keeps the given order. */
export function groupPipeline<P extends PipelineProposal>(proposals: readonly P[]): PipelineGroup<P>[] {
  const byKey = new Map<PipelineGroupKey, P[]>();
  for (const proposal of proposals) {
    const key = pipelineGroupOf(proposal);
    byKey.set(key, [...(byKey.get(key) ?? []), proposal]);
  }
  return GROUP_ORDER.flatMap(([key, label]) => {
    const inGroup = byKey.get(key);
    return inGroup ? [{ key, label, proposals: inGroup }] : [];
  });
}
