import { useQuery } from '@apollo/client/react';
import { DEFAULT_LATE_NOTICE_MINUTES, transitionInterview } from '@shortlist/domain/interviews';
import { useId, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { browserTimeZone, formatDateTime } from '../../ui/format-date-time';
import { PageLoading, PageNotFound } from '../../ui/LoadError';
import { useActionOutcome } from '../../ui/use-action-outcome';
import { useNow } from '../../ui/use-now';
import { describeMeetingTime } from '../../words/describe-meeting-time';
import { interviewFormatInCandidateWords } from '../../words/interview-format-in-words';
import { interviewStatusInCandidateWords } from '../../words/interview-status-in-words';
import { InterviewFeedback } from '../candidate-proposal/InterviewFeedback';
import { CancelInterviewConfirmation } from './CancelInterviewConfirmation';
import { CancellationRecord } from './CancellationRecord';
import { MovedFrom } from './MovedFrom';
import { NoShowRecord } from './NoShowRecord';
import './candidate-interview.css';
import { RescheduleRequestForm } from './RescheduleRequestForm';

export const CandidateInterviewPage_Query = graphql(`
  query CandidateInterviewPage_Query($id: ID!) {
    me {
      id
      name
      timeZone
      agency {
        name
        cancellationPolicy {
          lateNoticeMinutes
        }
      }
    }
    node(id: $id) {
      __typename
      id
      ... on Interview {
        status
        version
        startsAt
        endsAt
        timeZone
        format
        location
        calendarUrl
        rescheduleRequest {
          by
          reason
        }
        rescheduledTo {
          id
          startsAt
          timeZone
        }
        rescheduledFrom {
          id
          startsAt
          rescheduleRequest {
            by
            reason
            message
          }
        }
        proposal {
          id
          recruiterName
          job {
            id
            title
            clientCompany {
              name
            }
          }
        }
        ...CancellationRecord_interview
        ...NoShowRecord_interview
        ...InterviewFeedback_interview
      }
    }
  }
`);

type Action = 'reschedule' | 'cancel' | null;
type Done = 'cancelled' | 'rescheduleRequested';

const isLink = (location: string) => /^https?:\/\//i.test(location);

/** One interview, for the candidate: when (in their zone and its own), how, the .ics, reschedule or cancel. */
export default function CandidateInterviewPage({ params }: PageProps) {
  const interviewId = params.interviewId ?? '';
  const { data, error, refetch } = useQuery(CandidateInterviewPage_Query, {
    variables: { id: interviewId },
    fetchPolicy: 'cache-and-network',
  });
  const now = useNow();
  const [action, setAction] = useState<Action>(null);
  const rescheduleButtonRef = useRef<HTMLButtonElement>(null);
  const cancelButtonRef = useRef<HTMLButtonElement>(null);

  function reload() {
    refetch().catch(() => {});
  }
  const outcome = useActionOutcome<Done>({ subject: 'interview', reload });
  const { done, staleMessage, noticeRef, staleRef } = outcome;

  function handleStale(message: string) {
    setAction(null);
    outcome.markStale(message);
  }

  function finish(next: Done) {
    setAction(null);
    outcome.finish(next);
  }

  if (!data) {
    return (
      <PageLoading title="Interview" className="page candidate-interview" what="this interview" error={error} onRetry={reload}>
        Loading the interview…
      </PageLoading>
    );
  }

  const interview = data.node?.__typename === 'Interview' ? data.node : null;
  if (!interview) {
    return (
      <PageNotFound title="Interview not found" className="page candidate-interview" back={{ href: '/me', label: 'Back to your proposals' }}>
        <strong>We couldn't find this interview.</strong> It may have been removed, or the link is not quite right.
      </PageNotFound>
    );
  }

  const me = data.me;
  const timeZone = me?.timeZone ?? browserTimeZone();
  const { proposal, status } = interview;
  const time = describeMeetingTime(interview, timeZone);
  const hasStarted = new Date(interview.startsAt).getTime() <= now.getTime();
  // The domain's rules decide: a request for a new time still pending does not stop the candidate cancelling.
  const asCandidate = { status, startsAt: new Date(interview.startsAt), hasReplacement: interview.rescheduledTo != null };
  const canCancel = transitionInterview(asCandidate, 'cancel', 'CANDIDATE', { now }).ok;
  const canAskForNewTime = transitionInterview(asCandidate, 'requestReschedule', 'CANDIDATE', { now }).ok;
  const canAct = canCancel || canAskForNewTime;
  const people = {
    interviewId: interview.id,
    candidateName: me?.name ?? 'You',
    recruiterName: proposal.recruiterName,
    jobTitle: proposal.job.title,
    companyName: proposal.job.clientCompany.name,
  };

  return (
    <main id="main" className="page candidate-interview">
      <p className="candidate-interview__back">
        <Link href={`/me/proposals/${encodeURIComponent(proposal.id)}`}>← The proposal</Link>
      </p>
      <header className="page__header">
        <h1>Interview for {proposal.job.title}</h1>
        <p className="page__lede">
          {proposal.job.clientCompany.name} · arranged by {proposal.recruiterName}
        </p>
      </header>

      {error && (
        <div role="alert" className="notice notice--error">
          <p>
            <strong>We couldn't refresh this interview.</strong> {error.message} What you see may be out of date.
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
      {done === 'cancelled' && (
        <div role="status" className="notice notice--success" ref={noticeRef} tabIndex={-1}>
          <p>
            <strong>Your interview is cancelled, and {proposal.recruiterName} has your message.</strong>
          </p>
        </div>
      )}
      {done === 'rescheduleRequested' && (
        <div role="status" className="notice notice--success" ref={noticeRef} tabIndex={-1}>
          <p>
            <strong>Your request was sent.</strong> {proposal.recruiterName} will suggest a new time.
          </p>
        </div>
      )}

      <section aria-labelledby="interview-when" className="card interview">
        <h2 id="interview-when" className="visually-hidden">
          When and where
        </h2>
        <dl className="interview__facts">
          <dt>When</dt>
          <dd>
            <span className="interview__time">{time.inYourZone}</span>, {time.duration}
            {time.inItsZone && <span className="interview__zone">Set as {time.inItsZone}</span>}
          </dd>
          <dt>Format</dt>
          <dd>{interviewFormatInCandidateWords[interview.format]}</dd>
          {interview.location && (
            <>
              <dt>{interview.format === 'ONSITE' ? 'Where' : interview.format === 'PHONE' ? 'Number' : 'Link'}</dt>
              <dd className="interview__location">
                {isLink(interview.location) ? (
                  <a href={interview.location} target="_blank" rel="noreferrer">
                    {interview.location}
                  </a>
                ) : (
                  interview.location
                )}
              </dd>
            </>
          )}
          <dt>Status</dt>
          <dd>
            <span className={`status status--${status.toLowerCase()}`}>{interviewStatusInCandidateWords[status]}</span>
          </dd>
        </dl>
        {/* Only a time that still holds goes in a calendar: not a cancelled one, nor one moved or waiting for a new time. */}
        {status === 'SCHEDULED' && (
          <p>
            <a className="button button--secondary" href={interview.calendarUrl} download>
              Add to calendar (.ics)
            </a>
          </p>
        )}
        {interview.rescheduledTo && (
          <p className="interview__moved">
            This interview moved to {formatDateTime(interview.rescheduledTo.startsAt, timeZone)}:{' '}
            <Link href={`/me/interviews/${encodeURIComponent(interview.rescheduledTo.id)}`}>see the new time</Link>
          </p>
        )}
        {interview.rescheduledFrom && (
          <MovedFrom
            previous={interview.rescheduledFrom}
            timeZone={timeZone}
            names={{ recruiterName: proposal.recruiterName, companyName: proposal.job.clientCompany.name }}
          />
        )}
      </section>

      {status === 'NEEDS_RESCHEDULING' && (
        <Section title="Waiting for a new time">
          <p>
            {interview.rescheduleRequest?.by === 'CANDIDATE'
              ? `You asked for a new time: “${interview.rescheduleRequest.reason}”. `
              : interview.rescheduleRequest
                ? `A new time is needed: “${interview.rescheduleRequest.reason}”. `
                : ''}
            {interview.rescheduledTo ? 'The new time is above.' : `${proposal.recruiterName} will suggest a new time.`}
          </p>
        </Section>
      )}

      {status === 'SCHEDULED' && hasStarted && (
        <p className="notice">The interview has started, so it can no longer be moved or cancelled here. Good luck!</p>
      )}

      {canAct && (
        <Section title="Can't make it?">
          {action === 'reschedule' ? (
            <RescheduleRequestForm
              {...people}
              onRequested={() => finish('rescheduleRequested')}
              onStale={handleStale}
              onCancel={() => {
                // The form goes: back to the button that opened it, once it is on the page again.
                flushSync(() => setAction(null));
                rescheduleButtonRef.current?.focus();
              }}
            />
          ) : (
            <>
              <p className="candidate-interview__hint">
                {canAskForNewTime
                  ? `Ask for a new time, or cancel with a reason. Either way, ${proposal.recruiterName} hears from you at once.`
                  : `If you can no longer come at any time, cancel with a reason; ${proposal.recruiterName} hears from you at once.`}
              </p>
              <div className="form__actions">
                {canAskForNewTime && (
                  <button ref={rescheduleButtonRef} type="button" className="button button--secondary" onClick={() => setAction('reschedule')}>
                    Ask to reschedule
                  </button>
                )}
                {canCancel && (
                  <button ref={cancelButtonRef} type="button" className="button button--danger" onClick={() => setAction('cancel')}>
                    Cancel interview
                  </button>
                )}
              </div>
            </>
          )}
          {action === 'cancel' && (
            <CancelInterviewConfirmation
              {...people}
              startsAt={interview.startsAt}
              agency={{
                name: me?.agency.name ?? 'the agency',
                lateNoticeMinutes: me?.agency.cancellationPolicy.lateNoticeMinutes ?? DEFAULT_LATE_NOTICE_MINUTES,
              }}
              onCancelled={() => finish('cancelled')}
              onStale={handleStale}
              onClose={() => {
                setAction(null);
                cancelButtonRef.current?.focus();
              }}
            />
          )}
        </Section>
      )}

      {/* Once it took place: "How did it go?" (the reflection) and the client's feedback when passed on. */}
      {status !== 'CANCELLED' && status !== 'NEEDS_RESCHEDULING' && (status === 'COMPLETED' || new Date(interview.endsAt).getTime() <= now.getTime()) && (
        <Section title="How did it go?">
          <InterviewFeedback interview={interview} companyName={proposal.job.clientCompany.name} timeZone={timeZone} />
        </Section>
      )}

      <CancellationRecord interview={interview} timeZone={timeZone} />
      <NoShowRecord interview={interview} timeZone={timeZone} onStale={handleStale} />
    </main>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="candidate-interview__section">
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
