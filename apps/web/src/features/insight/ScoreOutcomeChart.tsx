import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { graphql } from '../../gql';
import type { ScoreOutcomeChart_BucketFragment } from '../../gql/graphql';
import { ChartCard } from './ChartCard';
import { percent } from './format-insight';

export const ScoreOutcomeChart_bucket = graphql(`
  fragment ScoreOutcomeChart_bucket on InsightScoreBucket {
    label
    proposals
    accepted
    hired
    acceptedRate
    hiredRate
  }
`);

/** Whether a higher match score leads to more accepts and hires: the rates per score band. */
export function ScoreOutcomeChart({ buckets }: { buckets: ScoreOutcomeChart_BucketFragment[] }) {
  const withProposals = buckets.filter((b) => b.proposals > 0);
  const high = buckets.filter((b) => b.label === '80–89' || b.label === '90+');
  const low = buckets.filter((b) => !high.includes(b));
  const rate = (list: typeof buckets) => {
    const proposals = list.reduce((sum, b) => sum + b.proposals, 0);
    return proposals ? list.reduce((sum, b) => sum + b.accepted, 0) / proposals : null;
  };
  const [highRate, lowRate] = [rate(high), rate(low)];
  const takeaway =
    withProposals.length === 0
      ? 'No proposals were made in this range.'
      : highRate != null && lowRate != null
        ? `Scores of 80 and above are accepted ${percent(highRate)} of the time, lower scores ${percent(lowRate)}.`
        : `Accepted: ${withProposals.map((b) => `${b.label} ${percent(b.acceptedRate)}`).join(', ')}.`;
  return (
    <ChartCard
      title="Match score against outcome"
      takeaway={takeaway}
      fileName="insight-score-versus-outcome.csv"
      table={{
        columns: ['Match score', 'Proposals', 'Accepted', 'Hired', 'Accepted rate', 'Hired rate'],
        rows: buckets.map((b) => [b.label, b.proposals, b.accepted, b.hired, percent(b.acceptedRate), percent(b.hiredRate)]),
      }}
    >
      <ResponsiveContainer width="100%" height={220}>
        <BarChart accessibilityLayer={false}
          data={buckets.map((b) => ({ name: b.label, accepted: Math.round((b.acceptedRate ?? 0) * 100), hired: Math.round((b.hiredRate ?? 0) * 100) }))}
          margin={{ top: 8, right: 8, bottom: 4, left: 0 }}
        >
          <CartesianGrid vertical={false} className="insight-grid" />
          <XAxis dataKey="name" tickLine={false} interval={0} className="insight-axis" />
          <YAxis unit="%" domain={[0, 100]} tickLine={false} width={44} className="insight-axis" />
          <Bar dataKey="accepted" className="insight-bar insight-bar--brand" isAnimationActive={false} />
          <Bar dataKey="hired" className="insight-bar insight-bar--info" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <p className="insight-card__legend">
        <span className="insight-swatch insight-swatch--brand" /> Accepted rate <span className="insight-swatch insight-swatch--info" /> Hired rate
      </p>
    </ChartCard>
  );
}
