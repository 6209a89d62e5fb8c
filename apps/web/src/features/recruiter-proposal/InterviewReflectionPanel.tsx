import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import { formatDateTime } from '../../ui/format-date-time';
import { lazyDialog } from '../../ui/lazy-dialog';
import './interview-reflection-panel.css';

// Opened by a button once the interview took place: its code loads then.
const PassOnFeedbackDialog = lazyDialog(() => import('./PassOnFeedbackDialog').then((module) => module.PassOnFeedbackDialog));

export const InterviewReflectionPanel_interview = graphql(`
  fragment InterviewReflectionPanel_interview on Interview {
    id
    status
    endsAt
    completedAt
    reflection {
      id
      feeling
      learned
      questionsAsked
      wantsFeedback
      sharedAt
    }
    clientFeedback {
      text
      passedOnAt
    }
  }
`);

const FEELING_WORDS = { GREAT: 'Great', GOOD: 'Good', MIXED: 'Mixed', POOR: 'Not great' } as const;

/**
 * Under an interview on the recruiter's proposal page: the candidate's reflection once they shared it (never their
 * contacts), the client's feedback as passed on, and "Pass on the client's feedback" once the interview took place.
 */
export function InterviewReflectionPanel({
  interview,
  candidateFirstName,
  timeZone,
  now,
}: {
  interview: FragmentType<typeof InterviewReflectionPanel_interview>;
  candidateFirstName: string;
  timeZone: string;
  now: Date;
}) {
  const { data, complete } = useFragment({ fragment: InterviewReflectionPanel_interview, fragmentName: 'InterviewReflectionPanel_interview', from: interview });
  const [isOpen, setIsOpen] = useState(false);
  const headingId = useId();
  if (!complete) return null;
  const tookPlace = data.status !== 'CANCELLED' && data.status !== 'NEEDS_RESCHEDULING' && (data.status === 'COMPLETED' || new Date(data.endsAt).getTime() <= now.getTime());
  if (!tookPlace && !data.reflection && !data.clientFeedback) return null;
  const { reflection } = data;
  return (
    <section className="interview-reflection" aria-labelledby={headingId}>
      <h4 id={headingId}>After the interview</h4>
      {reflection ? (
        <div className="interview-reflection__shared">
          <p>
            <strong>{candidateFirstName}'s reflection</strong>, shared with you{reflection.sharedAt ? ` on ${formatDateTime(reflection.sharedAt, timeZone)}` : ''}.
            How it went: <strong>{FEELING_WORDS[reflection.feeling]}</strong>.
            {reflection.wantsFeedback && <> {candidateFirstName} would like feedback from the client.</>}
          </p>
          {reflection.learned && (
            <>
              <p className="interview-reflection__label">What they learned</p>
              <blockquote className="quoted-message">{reflection.learned}</blockquote>
            </>
          )}
          {reflection.questionsAsked && (
            <>
              <p className="interview-reflection__label">Questions they were asked</p>
              <blockquote className="quoted-message">{reflection.questionsAsked}</blockquote>
            </>
          )}
        </div>
      ) : (
        tookPlace && <p className="interview-reflection__none">{candidateFirstName} has not shared a reflection on this interview.</p>
      )}
      {data.clientFeedback && (
        <div>
          <p className="interview-reflection__label">The client's feedback, passed on {formatDateTime(data.clientFeedback.passedOnAt, timeZone)}</p>
          <blockquote className="quoted-message">{data.clientFeedback.text}</blockquote>
        </div>
      )}
      {tookPlace && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setIsOpen(true)}>
            {data.clientFeedback ? "Update the client's feedback" : "Pass on the client's feedback"}
          </button>
        </p>
      )}
      {isOpen && <PassOnFeedbackDialog interviewId={data.id} candidateFirstName={candidateFirstName} initial={data.clientFeedback?.text ?? ''} onClose={() => setIsOpen(false)} />}
    </section>
  );
}
