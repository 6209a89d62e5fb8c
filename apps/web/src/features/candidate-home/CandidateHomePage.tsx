import { useQuery } from '@apollo/client/react';
import { effectiveProposalStatus } from '@shortlist/domain/interviews';
import { useId, type ReactNode } from 'react';
import { graphql } from '../../gql';
import type { ProposalStatus } from '../../gql/graphql';
import { browserTimeZone } from '../../ui/format-date-time';
import { LoadError, Loading } from '../../ui/LoadError';
import { useNow } from '../../ui/use-now';
import './candidate-home.css';
import { PortfolioNudge } from './PortfolioNudge';
import { PracticeCard } from './PracticeCard';
import { ProposalItem } from './ProposalItem';
import { UpcomingInterviewItem } from './UpcomingInterviewItem';

export const CandidateHomePage_Query = graphql(`
  query CandidateHomePage_Query($first: Int!) {
    me {
      id
      name
      timeZone
      candidateProfile {
        id
        preferences {
          targetOpportunities
        }
      }
    }
    myProposals(first: $first) {
      edges {
        node {
          id
          status
          respondBy
          job {
            id
            clientCompany {
              name
            }
          }
          ...ProposalItem_proposal
        }
      }
    }
    myPractice {
      ...PracticeCard_practice @unmask
    }
    myInterviews(when: UPCOMING, first: $first) {
      edges {
        node {
          id
          status
          startsAt
          ...UpcomingInterviewItem_interview
        }
      }
    }
  }
`);

export const HOME_PAGE_SIZE = 50;
const DEFAULT_TARGET = 3;

const WAITING: ReadonlySet<ProposalStatus> = new Set(['PROPOSED', 'OFFERED']);
const IN_PROGRESS: ReadonlySet<ProposalStatus> = new Set(['ACCEPTED', 'INTERVIEWING']);

/** The candidate's home: "keep interviewing". Their portfolio against their target, what needs an answer, what is next. */
export default function CandidateHomePage() {
  const { data, error, refetch } = useQuery(CandidateHomePage_Query, {
    variables: { first: HOME_PAGE_SIZE },
    // Statuses change on the other side (a recruiter withdraws, an offer arrives): show the latest on every visit.
    fetchPolicy: 'cache-and-network',
  });
  const now = useNow();

  const header = (
    <header className="page__header">
      <h1>Keep interviewing</h1>
      <p className="page__lede">
        {data?.me ? `Hi ${data.me.name.split(' ')[0]}: ` : ''}the roles recruiters have proposed you for, and what is next.
      </p>
    </header>
  );

  if (!data) {
    return (
      <main id="main" className="page candidate-home" aria-busy={!error}>
        {header}
        {error ? (
          <LoadError what="your proposals" error={error} onRetry={() => refetch().catch(() => {})} />
        ) : (
          <Loading>Loading your proposals…</Loading>
        )}
      </main>
    );
  }

  const timeZone = data.me?.timeZone ?? browserTimeZone();
  const proposals = data.myProposals.edges.map(({ node }) => ({
    node,
    status: effectiveProposalStatus({ status: node.status, respondBy: new Date(node.respondBy) }, now),
  }));
  // "Not ended yet" from the server still holds cancelled, moved and started ones: list (and count) only those still to come.
  const interviews = data.myInterviews.edges.map(({ node }) => node).filter((interview) => isStillToCome(interview, now));
  // Soonest deadline first; offers (no deadline) lead.
  const waiting = proposals
    .filter((p) => WAITING.has(p.status))
    .sort((a, b) => rank(a) - rank(b));
  const inProgress = proposals.filter((p) => IN_PROGRESS.has(p.status));
  const closed = proposals.filter((p) => !WAITING.has(p.status) && !IN_PROGRESS.has(p.status));

  // Newest first: the offer the candidate accepted last.
  const hired = proposals.find((p) => p.status === 'HIRED');
  const renderProposal = ({ node, status }: (typeof proposals)[number]) => (
    <ProposalItem key={node.id} proposal={node} status={status} timeZone={timeZone} now={now} />
  );

  return (
    <main id="main" className="page candidate-home">
      {header}
      {error && (
        <div role="alert" className="notice notice--error">
          <p>
            <strong>We couldn't refresh your proposals.</strong> {error.message} What you see may be out of date.
          </p>
        </div>
      )}

      <PortfolioNudge
        proposals={proposals.map(({ node, status }) => ({ status, respondBy: node.respondBy }))}
        interviews={interviews}
        targetOpportunities={data.me?.candidateProfile?.preferences?.targetOpportunities ?? DEFAULT_TARGET}
        now={now}
        hired={hired ? { proposalId: hired.node.id, companyName: hired.node.job.clientCompany.name } : null}
      />

      <PracticeCard practice={data.myPractice} timeZone={timeZone} />

      <HomeSection title="Waiting for your answer" empty="Nothing is waiting for your answer right now.">
        {waiting.length > 0 && <ul className="row-list">{waiting.map(renderProposal)}</ul>}
      </HomeSection>

      <HomeSection title="Upcoming interviews" empty="No interviews coming up.">
        {interviews.length > 0 && (
          <ul className="row-list">
            {interviews.map((interview) => (
              <UpcomingInterviewItem key={interview.id} interview={interview} timeZone={timeZone} />
            ))}
          </ul>
        )}
      </HomeSection>

      <HomeSection title="In progress" empty="Nothing in progress yet: accepted proposals show up here.">
        {inProgress.length > 0 && <ul className="row-list">{inProgress.map(renderProposal)}</ul>}
      </HomeSection>

      {proposals.length === 0 ? (
        <div className="notice" role="status">
          <p>
            <strong>No proposals yet.</strong>
          </p>
          <p>When a recruiter proposes you for a role, it shows up here with why they think it fits.</p>
        </div>
      ) : (
        closed.length > 0 && (
          <HomeSection title="Past and closed" className="candidate-home__closed">
            <ul className="row-list row-list--quiet">{closed.map(renderProposal)}</ul>
          </HomeSection>
        )
      )}
    </main>
  );
}

/** A scheduled interview that has not started: what "coming up" means for the list and for the portfolio's count. */
function isStillToCome(interview: { status: string; startsAt: string }, now: Date): boolean {
  return interview.status === 'SCHEDULED' && new Date(interview.startsAt).getTime() > now.getTime();
}

function rank({ node, status }: { node: { respondBy: string }; status: ProposalStatus }): number {
  return status === 'OFFERED' ? Number.NEGATIVE_INFINITY : new Date(node.respondBy).getTime();
}

function HomeSection({
  title,
  empty,
  className,
  children,
}: {
  title: string;
  empty?: string;
  className?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`candidate-home__section${className ? ` ${className}` : ''}`}>
      <h2 id={headingId}>{title}</h2>
      {children || <p className="candidate-home__empty">{empty}</p>}
    </section>
  );
}
