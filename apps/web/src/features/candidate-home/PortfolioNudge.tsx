import { summarizePortfolio } from '@shortlist/domain/interviews';
import { useId } from 'react';
import type { InterviewStatus, ProposalStatus } from '../../gql/graphql';
import { Link } from '../../routes/Link';

export type PortfolioNudgeProps = {
  proposals: ReadonlyArray<{ status: ProposalStatus; respondBy: string }>;
  interviews: ReadonlyArray<{ status: InterviewStatus; startsAt: string }>;
  targetOpportunities: number;
  now: Date;
  /** An offer the candidate accepted: no nudge to find more work, a congratulation instead. */
  hired?: { proposalId: string; companyName: string } | null;
};

/**
 * "Keep interviewing": how many opportunities are in flight against the candidate's own target, and a short,
 * honest nudge when they have fewer.
 */
export function PortfolioNudge({ proposals, interviews, targetOpportunities, now, hired = null }: PortfolioNudgeProps) {
  const headingId = useId();
  const summary = summarizePortfolio({
    proposals: proposals.map((p) => ({ status: p.status, respondBy: new Date(p.respondBy) })),
    interviews: interviews.map((i) => ({ status: i.status, startsAt: new Date(i.startsAt) })),
    targetOpportunities,
    now,
  });
  // One dot per opportunity up to the target (and beyond it, when there are more in flight).
  const dots = Math.min(Math.max(summary.target, summary.inFlight), 12);
  const nudge = hired ? null : summary.nudge;

  return (
    <section aria-labelledby={headingId} className={`card portfolio${nudge ? ' portfolio--below-target' : ''}`}>
      <h2 id={headingId} className="portfolio__title">
        Your portfolio
      </h2>
      <p className="portfolio__headline">{summary.headline}</p>
      {dots > 0 && (
        <p className="portfolio__dots" aria-hidden="true">
          {Array.from({ length: dots }, (_, index) => (
            <span key={index} className={index < summary.inFlight ? 'portfolio__dot portfolio__dot--filled' : 'portfolio__dot'} />
          ))}
        </p>
      )}
      {nudge && <p className="portfolio__nudge">{nudge}</p>}
      {hired && (
        <p className="portfolio__hired">
          Congratulations on your new role at {hired.companyName}!
          {summary.inFlight > 0 && (
            <>
              {' '}
              {summary.inFlight === 1 ? 'One proposal is' : `${summary.inFlight} proposals are`} still open:{' '}
              <Link href={`/me/proposals/${encodeURIComponent(hired.proposalId)}`}>let them know politely</Link>
            </>
          )}
        </p>
      )}
      <p className="portfolio__meta">
        {summary.upcomingInterviews === 0
          ? 'No interviews coming up.'
          : `${summary.upcomingInterviews} interview${summary.upcomingInterviews === 1 ? '' : 's'} coming up.`}{' '}
        Your target is {summary.target}. <Link href="/me/profile">Update your preferences</Link>
      </p>
    </section>
  );
}
