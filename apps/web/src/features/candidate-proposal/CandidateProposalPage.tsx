import { InterviewFeedback } from './InterviewFeedback';
import { useQuery } from '@apollo/client/react';
import { effectiveProposalStatus, planOfferCascade } from '@shortlist/domain/interviews';
import { useId, useRef, useState, type ReactNode, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { graphql } from '../../gql';
import type { ProposalStatus } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { browserTimeZone } from '../../ui/format-date-time';
import { PageLoading, PageNotFound } from '../../ui/LoadError';
import { useActionOutcome } from '../../ui/use-action-outcome';
import { useNow } from '../../ui/use-now';
import { describeMeetingTime } from '../../words/describe-meeting-time';
import { describeRespondBy } from '../../words/describe-respond-by';
import { interviewStatusInCandidateWords } from '../../words/interview-status-in-words';
import { proposalStatusInCandidateWords } from '../../words/proposal-status-in-words';
import { ClientSharingConsent } from './ClientSharingConsent';
import { JobDescription } from '../public-job/JobDescription';
import './candidate-proposal.css';
import { inCascadeOrder } from './cascade-order';
import type { CascadeStepView } from './OfferCascade';
import { AcceptProposalForm, DeclineForm, OfferCascade, WithdrawForm } from './lazy-parts';
import { OfferPanel, type CascadeSteps } from './OfferPanel';
import { AgencyReliabilityRecord } from '../agency-reliability/AgencyReliabilityRecord';
import { ProposalExplanation } from './ProposalExplanation';
import { ProposalOutcome } from './ProposalOutcome';

/** The mutation that closes each step of the offer cascade (the domain's event, the API's CascadeAction). */
const CASCADE_ACTION = { decline: 'DECLINE', declineOffer: 'DECLINE_OFFER', withdraw: 'WITHDRAW' } as const;

export const CandidateProposalPage_Query = graphql(`
  query CandidateProposalPage_Query($id: ID!) {
    me {
      id
      name
      timeZone
    }
    node(id: $id) {
      __typename
      id
      ... on Proposal {
        status
        version
        respondBy
        message
        recruiterName
        createdAt
        job {
          id
          title
          description
          clientCompany {
            name
          }
        }
        interviews {
          id
          status
          startsAt
          endsAt
          timeZone
          ...InterviewFeedback_interview
        }
        ...ProposalExplanation_proposal
        ...AcceptProposalForm_proposal
        ...ProposalOutcome_proposal
        ...OfferPanel_proposal
        ...ClientSharingConsent_proposal
      }
    }
    # The candidate's other proposals: once hired, the ones still open are the cascade's remaining steps.
    myProposals(first: 50) {
      edges {
        node {
          id
          createdAt
          status
          respondBy
          recruiterName
          job {
            id
            title
            clientCompany {
              name
            }
          }
        }
      }
    }
  }
`);

/** What just happened on this page, to confirm it in words (and link onwards). */
type Done =
  | { kind: 'accepted'; interviewId: string | null }
  | { kind: 'declined' }
  | { kind: 'withdrawn' }
  | { kind: 'offerDeclined' }
  | { kind: 'offerAccepted'; cascade: CascadeSteps };

/** One proposal, for the candidate: why they were proposed, and accept, decline, withdraw or answer an offer. */
export default function CandidateProposalPage({ params }: PageProps) {
  const proposalId = params.proposalId ?? '';
  const { data, error, refetch } = useQuery(CandidateProposalPage_Query, {
    variables: { id: proposalId },
    fetchPolicy: 'cache-and-network',
  });
  const now = useNow();
  const [isWithdrawing, setIsWithdrawing] = useState(false);
  const withdrawButtonRef = useRef<HTMLButtonElement>(null);

  function reload() {
    refetch().catch(() => {});
  }
  const { done, staleMessage, noticeRef, staleRef, finish, markStale: handleStale } = useActionOutcome<Done>({
    subject: 'proposal',
    reload,
  });

  if (!data) {
    return (
      <PageLoading title="Proposal" className="page candidate-proposal" what="this proposal" error={error} onRetry={reload}>
        Loading the proposal…
      </PageLoading>
    );
  }

  const proposal = data.node?.__typename === 'Proposal' ? data.node : null;
  if (!proposal) {
    return (
      <PageNotFound title="Proposal not found" className="page candidate-proposal" back={{ href: '/me', label: 'Back to your proposals' }}>
        <strong>We couldn't find this proposal.</strong> It may have been removed, or the link is not quite right.
      </PageNotFound>
    );
  }

  const me = data.me;
  const timeZone = me?.timeZone ?? browserTimeZone();
  const candidateName = me?.name ?? 'You';
  const { job, recruiterName } = proposal;
  // The status now: a proposal whose respond-by passes while the page is open expires here too.
  const status = effectiveProposalStatus({ status: proposal.status, respondBy: new Date(proposal.respondBy) }, now);
  const people = { proposalId: proposal.id, candidateName, recruiterName, jobTitle: job.title, companyName: job.clientCompany.name };

  return (
    <main id="main" className="page candidate-proposal">
      <p className="candidate-proposal__back">
        <Link href="/me">← Your proposals</Link>
      </p>
      <header className="page__header">
        <h1>{job.title}</h1>
        <p className="page__lede">
          {job.clientCompany.name} · proposed by {recruiterName}
        </p>
        <p className="candidate-proposal__status">
          <span className={`status status--${status.toLowerCase()}`}>{proposalStatusInCandidateWords[status]}</span>
          {status === 'PROPOSED' && <span className="candidate-proposal__countdown">{describeRespondBy(proposal.respondBy, timeZone, now)}</span>}
        </p>
      </header>

      {error && (
        <div role="alert" className="notice notice--error">
          <p>
            <strong>We couldn't refresh this proposal.</strong> {error.message} What you see may be out of date.
          </p>
        </div>
      )}
      {staleMessage && (
        <div role="alert" className="notice notice--error" ref={staleRef} tabIndex={-1}>
          <p>
            <strong>{staleMessage}</strong>
          </p>
        </div>
      )}
      {done && <DoneNotice ref={noticeRef} done={done} recruiterName={recruiterName} />}
      {done?.kind === 'offerAccepted' ? (
        <OfferCascade steps={inCascadeOrder(done.cascade)} />
      ) : (
        status === 'HIRED' && <RemainingCascade acceptedProposalId={proposal.id} candidateName={candidateName} proposals={data.myProposals.edges} now={now} />
      )}

      <Section title={`From ${recruiterName}`}>
        <blockquote className="candidate-proposal__message">{proposal.message}</blockquote>
      </Section>

      {/* B5: what the role is, in the agency's words, folded so the answer stays near the top. */}
      <details className="candidate-proposal__section candidate-proposal__about">
        <summary>
          <h2 className="candidate-proposal__about-title">About the role</h2>
        </summary>
        <JobDescription text={job.description} />
      </details>

      <ProposalExplanation proposal={proposal} />

      {status === 'PROPOSED' && (
        <>
          <Section title="Say yes: pick an interview time">
            <AcceptProposalForm
              proposal={proposal}
              timeZone={timeZone}
              onAccepted={(interviewId) => finish({ kind: 'accepted', interviewId })}
              onStale={handleStale}
              onSlotsChanged={reload}
            />
          </Section>
          <Section title="Not for you? Decline properly">
            <p className="candidate-proposal__hint">
              {recruiterName} reads your reason and message. A kind, clear answer keeps the door open for the next role.
            </p>
            <DeclineForm {...people} onDeclined={() => finish({ kind: 'declined' })} onStale={handleStale} />
          </Section>
        </>
      )}

      {proposal.interviews.length > 0 && (
        <Section title="Your interviews">
          <ul className="row-list">
            {proposal.interviews.map((interview) => {
              const time = describeMeetingTime(interview, timeZone);
              return (
                <li key={interview.id} className="row-list__item">
                  <Link href={`/me/interviews/${encodeURIComponent(interview.id)}`} className="row-list__title">
                    {time.inYourZone}
                  </Link>
                  <span className="row-list__meta">{time.duration}</span>
                  <span className={`status status--${interview.status.toLowerCase()}`}>{interviewStatusInCandidateWords[interview.status]}</span>
                  <InterviewFeedback interview={interview} companyName={proposal.job.clientCompany.name} timeZone={timeZone} />
                </li>
              );
            })}
          </ul>
        </Section>
      )}

      {status === 'OFFERED' && (
        <OfferPanel
          proposal={proposal}
          candidateName={candidateName}
          timeZone={timeZone}
          onAccepted={(cascade) => finish({ kind: 'offerAccepted', cascade })}
          onDeclined={() => finish({ kind: 'offerDeclined' })}
          onStale={handleStale}
        />
      )}

      {(status === 'ACCEPTED' || status === 'INTERVIEWING') && (
        <Section title="Withdraw from this process">
          {isWithdrawing ? (
            <WithdrawForm
              {...people}
              onWithdrawn={() => {
                setIsWithdrawing(false);
                finish({ kind: 'withdrawn' });
              }}
              onStale={(message) => {
                setIsWithdrawing(false);
                handleStale(message);
              }}
              onCancel={() => {
                // The form goes: back to "Withdraw", once it is on the page again.
                flushSync(() => setIsWithdrawing(false));
                withdrawButtonRef.current?.focus();
              }}
            />
          ) : (
            <>
              <p className="candidate-proposal__hint">
                Changed your mind? Tell {recruiterName} why; any interviews still to come are cancelled.
              </p>
              <p>
                <button ref={withdrawButtonRef} type="button" className="button button--secondary" onClick={() => setIsWithdrawing(true)}>
                  Withdraw
                </button>
              </p>
            </>
          )}
        </Section>
      )}

      {status !== 'PROPOSED' && status !== 'EXPIRED' && (
        <Section title="Sharing your profile">
          <ClientSharingConsent proposal={proposal} />
        </Section>
      )}

      <ProposalOutcome proposal={proposal} status={status} timeZone={timeZone} />

      <AgencyReliabilityRecord audience="candidate" />
    </main>
  );
}

/**
 * A hired proposal's page, visited again: the candidate's other proposals still open, each with its polite message,
 * so the offer's cascade can be finished after a reload or another day. The list is fixed when the page opens, so a
 * step just sent stays, marked "Sent".
 */
function RemainingCascade({
  acceptedProposalId,
  candidateName,
  proposals,
  now,
}: {
  acceptedProposalId: string;
  candidateName: string;
  proposals: ReadonlyArray<{ node: CascadeStepView['proposal'] & { status: ProposalStatus; respondBy: string } }>;
  now: Date;
}) {
  const [steps] = useState<CascadeStepView[]>(() => {
    const byId = new Map(proposals.map(({ node }) => [node.id, node]));
    const plan = planOfferCascade({
      acceptedProposalId,
      candidateName,
      proposals: proposals.map(({ node }) => ({
        id: node.id,
        status: node.status,
        respondBy: new Date(node.respondBy),
        jobTitle: node.job.title,
        companyName: node.job.clientCompany.name,
        recruiterName: node.recruiterName,
      })),
      now,
    });
    return inCascadeOrder(
      plan.map((step) => ({
        action: CASCADE_ACTION[step.event],
        suggestedMessage: step.message,
        proposal: byId.get(step.proposalId)!,
      })),
    );
  });
  if (steps.length === 0) return null;
  return <OfferCascade steps={steps} isResumed />;
}

function DoneNotice({ done, recruiterName, ref }: { done: Done; recruiterName: string; ref: Ref<HTMLDivElement> }) {
  let body: ReactNode;
  switch (done.kind) {
    case 'accepted':
      body = (
        <>
          <p>
            <strong>You accepted, and your interview is booked.</strong> {recruiterName} has been told.
          </p>
          {done.interviewId ? (
            <Link href={`/me/interviews/${encodeURIComponent(done.interviewId)}`}>See your interview</Link>
          ) : (
            <Link href="/me">See your interviews</Link>
          )}
        </>
      );
      break;
    case 'declined':
      body = (
        <p>
          <strong>Your decline was sent to {recruiterName}.</strong> Thank you for letting them know.
        </p>
      );
      break;
    case 'withdrawn':
      body = (
        <p>
          <strong>You withdrew, and {recruiterName} has your message.</strong>
        </p>
      );
      break;
    case 'offerDeclined':
      body = (
        <p>
          <strong>You declined the offer; {recruiterName} has your message.</strong>
        </p>
      );
      break;
    case 'offerAccepted':
      body = (
        <p>
          <strong>You accepted the offer. Congratulations!</strong> {recruiterName} has been told.
        </p>
      );
      break;
  }
  return (
    <div ref={ref} tabIndex={-1} role="status" className="notice notice--success">
      {body}
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="candidate-proposal__section">
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
