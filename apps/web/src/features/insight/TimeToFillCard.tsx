import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { graphql } from '../../gql';
import type { TimeToFillCard_InsightFragment } from '../../gql/graphql';
import { ChartCard } from './ChartCard';
import { days } from './format-insight';

export const TimeToFillCard_insight = graphql(`
  fragment TimeToFillCard_insight on Insight {
    timeToFirstProposal {
      jobs
      medianDays
      p90Days
    }
    timeToFill {
      jobs
      medianDays
      p90Days
    }
  }
`);

export function TimeToFillCard({ insight }: { insight: TimeToFillCard_InsightFragment }) {
  const { timeToFirstProposal: first, timeToFill: fill } = insight;
  const rows = [
    { name: 'First proposal', ...first },
    { name: 'Hire', ...fill },
  ];
  const takeaway =
    fill.jobs > 0
      ? `Half the jobs filled were filled within ${days(fill.medianDays)} of publishing (${fill.jobs} ${fill.jobs === 1 ? 'job' : 'jobs'}).`
      : first.jobs > 0
        ? `No job published in this range is filled yet; half got a first proposal within ${days(first.medianDays)}.`
        : 'No job published in this range has a proposal yet.';
  return (
    <ChartCard
      title="Time to fill"
      takeaway={takeaway}
      fileName="insight-time-to-fill.csv"
      table={{
        columns: ['From publishing to', 'Jobs', 'Median (days)', '90th percentile (days)'],
        rows: rows.map((r) => [r.name, r.jobs, round(r.medianDays), round(r.p90Days)]),
      }}
    >
      <ResponsiveContainer width="100%" height={160}>
        <BarChart accessibilityLayer={false} data={rows.map((r) => ({ name: r.name, median: round(r.medianDays) ?? 0, p90: round(r.p90Days) ?? 0 }))} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} className="insight-grid" />
          <XAxis type="number" tickLine={false} className="insight-axis" unit=" d" />
          <YAxis type="category" dataKey="name" width={104} tickLine={false} className="insight-axis" />
          <Bar dataKey="median" name="Median" className="insight-bar insight-bar--brand" isAnimationActive={false}>
            <LabelList dataKey="median" position="right" className="insight-label" />
          </Bar>
          <Bar dataKey="p90" name="90th percentile" className="insight-bar insight-bar--muted" isAnimationActive={false}>
            <LabelList dataKey="p90" position="right" className="insight-label" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <p className="insight-card__legend">
        <span className="insight-swatch insight-swatch--brand" /> Median <span className="insight-swatch insight-swatch--muted" /> 90th percentile
      </p>
    </ChartCard>
  );
}

function round(value: number | null): number | null {
  return value == null ? null : Math.round(value * 10) / 10;
}
