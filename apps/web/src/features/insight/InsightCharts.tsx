import type { ComponentProps } from 'react';
import { DeclineReasonsChart } from './DeclineReasonsChart';
import { FunnelChart } from './FunnelChart';
import { ReliabilityChart } from './ReliabilityChart';
import { ScoreOutcomeChart } from './ScoreOutcomeChart';
import { TimeToFillCard } from './TimeToFillCard';

export type InsightChartsData = {
  funnel: ComponentProps<typeof FunnelChart>['funnel'];
  scoreVersusOutcome: ComponentProps<typeof ScoreOutcomeChart>['buckets'];
  declineReasons: ComponentProps<typeof DeclineReasonsChart>['reasons'];
} & ComponentProps<typeof TimeToFillCard>['insight'] &
  ComponentProps<typeof ReliabilityChart>['insight'];

/**
 * The insight page's charts, in a chunk of their own: the page (filters, range, loading line) is within the initial
 * JavaScript budget of every route, and Recharts (~107 KB gzipped) follows as soon as the numbers are in.
 */
export default function InsightCharts({ insight }: { insight: InsightChartsData }) {
  return (
    <div className="insight-grid-layout">
      <FunnelChart funnel={insight.funnel} />
      <TimeToFillCard insight={insight} />
      <ScoreOutcomeChart buckets={insight.scoreVersusOutcome} />
      <ReliabilityChart insight={insight} />
      <DeclineReasonsChart reasons={insight.declineReasons} />
    </div>
  );
}
