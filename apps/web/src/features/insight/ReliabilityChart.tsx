import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { graphql } from '../../gql';
import type { ReliabilityChart_InsightFragment } from '../../gql/graphql';
import { ChartCard } from './ChartCard';
import { hours, PARTY_WORDS, percent } from './format-insight';

export const ReliabilityChart_insight = graphql(`
  fragment ReliabilityChart_insight on Insight {
    cancellations {
      party
      count
      lateCount
      medianNoticeHours
    }
    noShows {
      party
      count
      interviewsDue
      rate
    }
  }
`);

/** Cancellations (on time and late) and no-shows of each side, candidates held to the same measure as the agency. */
export function ReliabilityChart({ insight }: { insight: ReliabilityChart_InsightFragment }) {
  const rows = insight.cancellations.map((c) => {
    const noShow = insight.noShows.find((n) => n.party === c.party)!;
    return { party: c.party, name: PARTY_WORDS[c.party] ?? c.party, onTime: c.count - c.lateCount, late: c.lateCount, noShows: noShow.count, cancellation: c, noShow };
  });
  const due = insight.noShows[0]?.interviewsDue ?? 0;
  const cancelled = rows.reduce((sum, r) => sum + r.cancellation.count, 0);
  const late = rows.reduce((sum, r) => sum + r.late, 0);
  const missed = rows.reduce((sum, r) => sum + r.noShows, 0);
  const takeaway =
    cancelled + missed === 0
      ? `No interview in this range was cancelled or missed (${due} due).`
      : `${cancelled} ${cancelled === 1 ? 'interview was' : 'interviews were'} cancelled (${late} late) and ${missed} missed, of ${due} due.`;
  return (
    <ChartCard
      title="Cancellations and no-shows by side"
      takeaway={takeaway}
      fileName="insight-cancellations-and-no-shows.csv"
      table={{
        columns: ['Side', 'Cancellations', 'Late cancellations', 'Median notice (hours)', 'No-shows', 'Interviews due', 'No-show rate'],
        rows: rows.map((r) => [
          r.name,
          r.cancellation.count,
          r.late,
          r.cancellation.medianNoticeHours == null ? null : Math.round(r.cancellation.medianNoticeHours * 10) / 10,
          r.noShows,
          r.noShow.interviewsDue,
          percent(r.noShow.rate),
        ]),
      }}
    >
      <ResponsiveContainer width="100%" height={200}>
        <BarChart accessibilityLayer={false} data={rows} margin={{ top: 16, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid vertical={false} className="insight-grid" />
          <XAxis dataKey="name" tickLine={false} className="insight-axis" />
          <YAxis allowDecimals={false} tickLine={false} width={32} className="insight-axis" />
          <Bar dataKey="onTime" stackId="cancelled" className="insight-bar insight-bar--muted" isAnimationActive={false} />
          <Bar dataKey="late" stackId="cancelled" className="insight-bar insight-bar--warning" isAnimationActive={false} />
          <Bar dataKey="noShows" className="insight-bar insight-bar--danger" isAnimationActive={false}>
            <LabelList dataKey="noShows" position="top" className="insight-label" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <p className="insight-card__legend">
        <span className="insight-swatch insight-swatch--muted" /> Cancelled with notice <span className="insight-swatch insight-swatch--warning" /> Cancelled late{' '}
        <span className="insight-swatch insight-swatch--danger" /> No-show
      </p>
      <p className="insight-card__footnote">
        Median notice: {rows.map((r) => `${r.name.toLowerCase()} ${hours(r.cancellation.medianNoticeHours)}`).join(' · ')}
      </p>
    </ChartCard>
  );
}
