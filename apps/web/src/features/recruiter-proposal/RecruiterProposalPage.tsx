import { useQuery } from '@apollo/client/react';
import { isOpenProposal } from '@shortlist/domain/interviews';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { useSearch } from '../../routes/use-search';
import { takeFlashNotice } from '../../ui/flash-notice';
import { describeTimeLeft, formatDateTime } from '../../ui/format-date-time';
import { LoadError, PageLoading, PageNotFound } from '../../ui/LoadError';
import { ScoreMeter } from '../../ui/ScoreMeter';
import { newNotice, SuccessNotice, type Notice } from '../../ui/SuccessNotice';
import { useNow } from '../../ui/use-now';
import { formatSalaryBand } from '../../words/format-salary-band';
import { proposalStatusInWords } from '../../words/proposal-status-in-words';
import { InterviewCard } from './InterviewCard';
import { requestedActionFrom, type ProposalContext, type RequestedAction } from './proposal-context';
import { ProposalActions } from './ProposalActions';
import './recruiter-proposal.css';
import { Timeline } from './Timeline';
import { describeFutureRoles } from './describe-future-roles';

export const RecruiterProposalPage_Query = graphql(`
  query RecruiterProposalPage_Query($id: ID!) {
    me {
      id
      name
      timeZone
      agency {
        name
        cancellationPolicy {
          lateNoticeMinutes
          noShowGraceMinutes
        }
      }
    }
    node(id: $id) {
      __typename
      id
      ... on Proposal {
        status
        message
        respondBy
        createdAt
        recruiterName
        job {
          id
          title
          clientCompany {
            name
          }
          salary {
            currency
          }
        }
        candidate {
          id
          fullName
          timeZone
        }
        match {
          score
          forwardScore
          reverseScore
          blockers {
            code
            message
          }
        }
        offer {
          at
          salary
          message
        }
        acceptedOfferElsewhere {
          id
          job {
            id
            title
            clientCompany {
              name
            }
          }
        }
        decline {
          at
          reasonLabel
          isOpenToFutureRoles
        }
        slots {
          id
          startsAt
          timeZone
          isTaken
        }
        interviews {
          id
          status
          rescheduledTo {
            id
          }
          ...InterviewCard_interview
        }
        ...Timeline_proposal
      }
    }
  }
`);

export default function RecruiterProposalPage({ params }: PageProps) {
  const proposalId = params.proposalId ?? '';
  const now = useNow();
  const [notice, setNotice] = useState<Notice | null>(null);
  // Today links here with ?action=…: that dialog opens once the proposal is shown.
  const search = useSearch();
  const [requestedAction, setRequestedAction] = useState<RequestedAction | null>(() => requestedActionFrom(search));
  const { data, loading, error, refetch } = useQuery(RecruiterProposalPage_Query, {
    variables: { id: proposalId },
    // The candidate may have answered since this page was last open: show what is cached, then the latest.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });

  // "Proposal sent to …" from the Propose dialog that led here, shown once.
  useEffect(() => {
    const flash = takeFlashNotice();
    if (flash) setNotice(newNotice(flash));
  }, []);

  function reload() {
    refetch().catch(() => {});
  }

  if (!data) {
    return (
      <PageLoading title="Proposal" what="this proposal" error={error} onRetry={reload}>
        Loading the proposal…
      </PageLoading>
    );
  }

  const proposal = data.node?.__typename === 'Proposal' ? data.node : null;
  if (!proposal || !data.me) {
    return (
      <PageNotFound title="Proposal not found" back={{ href: '/recruiter', label: 'Back to your jobs' }}>
        This proposal does not exist, or it belongs to another agency.
      </PageNotFound>
    );
  }

  const me = data.me;
  const { candidate, job } = proposal;
  const candidateName = candidate?.fullName ?? 'The candidate';
  const viewerZone = me.timeZone;
  const context: ProposalContext = {
    proposalId: proposal.id,
    isProposalOpen: isOpenProposal(proposal.status),
    viewer: { name: me.name, timeZone: viewerZone },
    agency: { name: me.agency.name, ...me.agency.cancellationPolicy },
    candidate: { fullName: candidateName, timeZone: candidate?.timeZone ?? viewerZone },
    job: { title: job.title, companyName: job.clientCompany.name, currency: job.salary.currency },
    now,
    onDone: (message) => {
      // The notice takes focus: the dialog or button that did it has gone.
      setNotice(newNotice(message));
      reload();
    },
    onStale: reload,
    requestedAction,
    requestAction: setRequestedAction,
    clearRequestedAction: () => {
      setRequestedAction(null);
      // A reload of the page should not open the dialog again.
      if (window.location.search.includes('action=')) window.history.replaceState(window.history.state, '', window.location.pathname);
    },
  };
  const offerSalary = proposal.offer?.salary ?? null;
  const futureRoles = describeFutureRoles(proposal.decline?.isOpenToFutureRoles, job.clientCompany.name);

  return (
    <main id="main" className="page recruiter-proposal">
      <header className="page__header">
        <p className="page__back">
          <Link href={`/recruiter/jobs/${encodeURIComponent(job.id)}`}>← {job.title}</Link>
        </p>
        <h1>
          {candidateName} for {job.title}
        </h1>
        <p className="page__lede">
          {job.clientCompany.name}{' '}
          <span className={`status status--${proposal.status.toLowerCase()}`}>{proposalStatusInWords[proposal.status]}</span>
        </p>
        <ul className="recruiter-proposal__links" aria-label="Related pages">
          <li>
            <Link href={`/recruiter/jobs/${encodeURIComponent(job.id)}`}>The job: {job.title}</Link>
          </li>
          {candidate && (
            <li>
              <Link href={`/recruiter/candidates/${encodeURIComponent(candidate.id)}`}>{candidate.fullName}’s profile</Link>
            </li>
          )}
        </ul>
      </header>

      <SuccessNotice notice={notice} />
      {error && <LoadError what="the latest state of this proposal" error={error} onRetry={reload} />}

      <section aria-labelledby="summary-heading" className="recruiter-proposal__summary card">
        <h2 id="summary-heading">Summary</h2>
        <dl className="facts">
          <div>
            <dt>Match when proposed</dt>
            <dd>
              <ScoreMeter score={proposal.match.score} />
              <span className="recruiter-proposal__split">
                Fits the job {Math.round(proposal.match.forwardScore)} · Job fits them {Math.round(proposal.match.reverseScore)}
              </span>
            </dd>
          </div>
          {proposal.match.blockers.length > 0 && (
            <div>
              <dt>Blockers</dt>
              <dd>
                <ul>
                  {proposal.match.blockers.map((blocker) => (
                    <li key={blocker.code + blocker.message}>{blocker.message}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          <div>
            <dt>Proposed</dt>
            <dd>
              {formatDateTime(proposal.createdAt, viewerZone)} by {proposal.recruiterName}
            </dd>
          </div>
          <div>
            <dt>Respond by</dt>
            <dd>
              {formatDateTime(proposal.respondBy, viewerZone)}
              {proposal.status === 'PROPOSED' && ` (${describeTimeLeft(proposal.respondBy, now)})`}
            </dd>
          </div>
          {proposal.decline && (
            <div>
              <dt>Declined</dt>
              <dd>
                {proposal.decline.reasonLabel}
                {proposal.decline.at && `, ${formatDateTime(proposal.decline.at, viewerZone)}`}
                {futureRoles && (
                  <>
                    <br />
                    {futureRoles}
                  </>
                )}
              </dd>
            </div>
          )}
          {proposal.offer && (
            <div>
              <dt>Offer</dt>
              <dd>
                {offerSalary !== null ? formatSalaryBand({ min: offerSalary, max: offerSalary, currency: job.salary.currency }) : 'No salary stated'}
                , recorded {formatDateTime(proposal.offer.at, viewerZone)}
              </dd>
            </div>
          )}
        </dl>
        {/* Another recruiter of the agency may be reading: the message is the proposer's, not theirs. */}
        <h3>{proposal.recruiterName === me.name ? 'Your message' : `${proposal.recruiterName}’s message`} to {candidateName}</h3>
        <blockquote className="quoted-message">{proposal.message}</blockquote>
      </section>

      <section aria-labelledby="next-steps-heading">
        <h2 id="next-steps-heading">Next steps</h2>
        <ProposalActions proposal={proposal} context={context} />
      </section>

      <section aria-labelledby="interviews-heading">
        <h2 id="interviews-heading">Interviews</h2>
        {proposal.interviews.length > 0 ? (
          <ul className="interview-list">
            {proposal.interviews.map((interview) => (
              <li key={interview.id}>
                <InterviewCard interview={interview} context={context} />
              </li>
            ))}
          </ul>
        ) : proposal.status === 'PROPOSED' && proposal.slots.length > 0 ? (
          <>
            <p>No interview yet: {candidateName} accepts by picking one of these times.</p>
            <ul className="recruiter-proposal__slots">
              {proposal.slots.map((slot) => (
                <li key={slot.id}>
                  {formatDateTime(slot.startsAt, viewerZone)}
                  {candidate && candidate.timeZone !== viewerZone && ` · for ${candidateName.split(' ')[0]}: ${formatDateTime(slot.startsAt, candidate.timeZone)}`}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="field__hint">No interviews yet.</p>
        )}
      </section>

      <Timeline proposal={proposal} timeZone={viewerZone} agency={{ name: me.agency.name, lateNoticeMinutes: me.agency.cancellationPolicy.lateNoticeMinutes }} />
    </main>
  );
}
