import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { graphql } from '../../gql';
import type { FunnelChart_FunnelFragment } from '../../gql/graphql';
import { ChartCard } from './ChartCard';
import { percent, STAGE_WORDS } from './format-insight';

export const FunnelChart_funnel = graphql(`
  fragment FunnelChart_funnel on InsightFunnel {
    stages {
      stage
      count
      conversionFromPrevious
    }
    declined
    withdrawn
    rejected
    expired
  }
`);

/** "3 of 10 proposals reach an interview", or what to do when there are none. */
function takeawayOf(funnel: FunnelChart_FunnelFragment): string {
  const [proposed, , interviewing, , hired] = funnel.stages.map((s) => s.count);
  if (!proposed) return 'No proposals were made in this range.';
  return `${interviewing} of ${proposed} proposals reach an interview; ${hired} ended in a hire.`;
}

export function FunnelChart({ funnel }: { funnel: FunnelChart_FunnelFragment }) {
  const data = funnel.stages.map((s) => ({ name: STAGE_WORDS[s.stage] ?? s.stage, count: s.count }));
  const closed: [string, number][] = [
    ['Declined', funnel.declined],
    ['Withdrawn', funnel.withdrawn],
    ['Rejected', funnel.rejected],
    ['Expired', funnel.expired],
  ];
  return (
    <ChartCard
      title="Proposal funnel"
      takeaway={takeawayOf(funnel)}
      fileName="insight-funnel.csv"
      table={{
        columns: ['Stage', 'Proposals', 'Conversion from previous stage'],
        rows: [
          ...funnel.stages.map((s) => [STAGE_WORDS[s.stage] ?? s.stage, s.count, s.conversionFromPrevious == null ? null : percent(s.conversionFromPrevious)]),
          ...closed.map(([name, count]) => [`Closed: ${name.toLowerCase()}`, count, null]),
        ],
      }}
    >
      <ResponsiveContainer width="100%" height={240}>
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} className="insight-grid" />
          <XAxis type="number" allowDecimals={false} tickLine={false} className="insight-axis" />
          <YAxis type="category" dataKey="name" width={96} tickLine={false} className="insight-axis" />
          <Bar dataKey="count" className="insight-bar insight-bar--brand" isAnimationActive={false} radius={[0, 4, 4, 0]}>
            <LabelList dataKey="count" position="right" className="insight-label" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <p className="insight-card__footnote">
        Closed: {closed.map(([name, count]) => `${count} ${name.toLowerCase()}`).join(', ')}. Conversion:{' '}
        {funnel.stages
          .slice(1)
          .map((s) => `${STAGE_WORDS[s.stage]} ${percent(s.conversionFromPrevious)}`)
          .join(' · ')}
      </p>
    </ChartCard>
  );
}
