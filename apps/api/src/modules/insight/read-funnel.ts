import { sumOf, type CohortCounts } from './read-proposal-cohort.ts';

export type FunnelStageName = 'PROPOSED' | 'ACCEPTED' | 'INTERVIEWING' | 'OFFERED' | 'HIRED';

export interface FunnelStage {
  stage: FunnelStageName;
  count: number;
  /** count / the previous stage's count; null for Proposed, and when the previous stage is 0. */
  conversionFromPrevious: number | null;
}

export interface Funnel {
  stages: FunnelStage[];
  declined: number;
  withdrawn: number;
  rejected: number;
  expired: number;
}

/** The range's proposals as a funnel: how many reached each stage, and how many closed each way. */
export function funnelOf(rows: readonly CohortCounts[]): Funnel {
  const order: FunnelStageName[] = ['PROPOSED', 'ACCEPTED', 'INTERVIEWING', 'OFFERED', 'HIRED'];
  const countOf = (stage: FunnelStageName) => sumOf(rows, stage.toLowerCase() as 'proposed');
  return {
    stages: order.map((stage, index) => {
      const previous = index === 0 ? null : countOf(order[index - 1]!);
      return { stage, count: countOf(stage), conversionFromPrevious: previous ? countOf(stage) / previous : null };
    }),
    declined: sumOf(rows, 'declined'),
    withdrawn: sumOf(rows, 'withdrawn'),
    rejected: sumOf(rows, 'rejected'),
    expired: sumOf(rows, 'expired'),
  };
}
