import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { graphql } from '../../gql';
import type { DeclineReasonsChart_ReasonFragment } from '../../gql/graphql';
import { ChartCard } from './ChartCard';
import { useNarrowScreen } from './use-narrow-screen';

export const DeclineReasonsChart_reason = graphql(`
  fragment DeclineReasonsChart_reason on InsightDeclineReason {
    kind
    reason
    label
    count
  }
`);

export function DeclineReasonsChart({ reasons }: { reasons: DeclineReasonsChart_ReasonFragment[] }) {
  const data = reasons.map((r) => ({ name: `${r.label}${r.kind === 'OFFER' ? ' (offer)' : ''}`, count: r.count }));
  const narrow = useNarrowScreen();
  const total = reasons.reduce((sum, r) => sum + r.count, 0);
  const top = data[0];
  return (
    <ChartCard
      title="Why candidates decline"
      takeaway={top ? `“${top.name}” is the most given reason: ${top.count} of ${total} declines.` : 'No proposal or offer was declined in this range.'}
      fileName="insight-decline-reasons.csv"
      table={{ columns: ['Reason', 'Declined', 'Declines'], rows: reasons.map((r) => [r.label, r.kind === 'OFFER' ? 'Offer' : 'Proposal', r.count]) }}
    >
      {data.length > 0 ? (
        <ResponsiveContainer width="100%" height={Math.max(120, data.length * (narrow ? 52 : 36) + 40)}>
          <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 8 }}>
            <CartesianGrid horizontal={false} className="insight-grid" />
            <XAxis type="number" allowDecimals={false} tickLine={false} className="insight-axis" />
            <YAxis type="category" dataKey="name" width={narrow ? 140 : 220} tickLine={false} className="insight-axis" />
            <Bar dataKey="count" className="insight-bar insight-bar--warning" isAnimationActive={false} radius={[0, 4, 4, 0]}>
              <LabelList dataKey="count" position="right" className="insight-label" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      ) : (
        <p className="insight-card__empty">Nothing to chart.</p>
      )}
    </ChartCard>
  );
}
