import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import type { TodayRow_ItemFragment } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { ModalDialog } from '../../ui/ModalDialog';
import { describeDue } from './describe-due';
import { TODAY_KIND_BADGES } from './today-kinds';

export const TodayRow_item = graphql(`
  fragment TodayRow_item on TodayItem {
    kind
    action
    dueAt
    candidateName
    jobTitle
    clientName
    recruiterName
    proposal {
      id
    }
    interview {
      id
    }
  }
`);

export const TodayRow_Complete = graphql(`
  mutation TodayRow_Complete($input: CompleteInterviewInput!) {
    completeInterview(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

export const TodayRow_AcknowledgeLate = graphql(`
  mutation TodayRow_AcknowledgeLate($input: AcknowledgeLateCancellationInput!) {
    acknowledgeLateCancellation(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

export const TodayRow_AcknowledgeExpired = graphql(`
  mutation TodayRow_AcknowledgeExpired($input: AcknowledgeExpiredProposalInput!) {
    acknowledgeExpiredProposal(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

type Props = {
  /** Spread with @unmask: Today's items have no ID for the cache to find a masked fragment by. */
  item: TodayRow_ItemFragment;
  now: Date;
  showRecruiter: boolean;
  /** The item's action went through: the page says so and reads the list again. */
  onDone: (message: string) => void;
};

const proposalPath = (proposalId: string, query = '') => `/recruiter/proposals/${encodeURIComponent(proposalId)}${query}`;

/** One thing that needs the recruiter: the kind, who and what, when, and one control for its action. */
export function TodayRow({ item, now, showRecruiter, onDone }: Props) {
  const titleId = useId();
  const [error, setError] = useState<string | null>(null);
  const [isMarking, setIsMarking] = useState(false);
  const [complete, { loading: isCompleting }] = useMutation(TodayRow_Complete);
  const [acknowledgeLate, { loading: isAckLate }] = useMutation(TodayRow_AcknowledgeLate);
  const [acknowledgeExpired, { loading: isAckExpired }] = useMutation(TodayRow_AcknowledgeExpired);
  const badge = TODAY_KIND_BADGES[item.kind];
  const who = `${item.candidateName} for ${item.jobTitle}`;
  const interviewQuery = item.interview ? `&interview=${encodeURIComponent(item.interview.id)}` : '';

  async function run(call: () => Promise<{ __typename: string; message?: string } | undefined>, success: string, message: string) {
    setError(null);
    try {
      const result = await call();
      if (result?.__typename === success) onDone(message);
      else setError(result?.message ?? 'That did not go through. Try again.');
    } catch {
      setError('We could not reach Shortlist. Check your connection and try again.');
    }
  }

  async function markCompleted() {
    if (!item.interview) return;
    await run(
      async () => (await complete({ variables: { input: { interviewId: item.interview!.id } } })).data?.completeInterview,
      'CompleteInterviewSuccess',
      `Interview with ${item.candidateName} marked completed.`,
    );
    setIsMarking(false);
  }

  async function acknowledge() {
    if (item.kind === 'LATE_CANCELLATION' && item.interview) {
      await run(
        async () => (await acknowledgeLate({ variables: { input: { interviewId: item.interview!.id } } })).data?.acknowledgeLateCancellation,
        'AcknowledgeLateCancellationSuccess',
        `Late cancellation by ${item.candidateName} acknowledged.`,
      );
    } else {
      await run(
        async () => (await acknowledgeExpired({ variables: { input: { proposalId: item.proposal.id } } })).data?.acknowledgeExpiredProposal,
        'AcknowledgeExpiredProposalSuccess',
        `Expired proposal of ${item.candidateName} closed.`,
      );
    }
  }

  return (
    <li className={`today-item today-item--${badge.tone}`}>
      <span className={`today-badge today-badge--${badge.tone} today-badge--${badge.icon}`}>{badge.label}</span>
      <div className="today-item__what">
        <p className="today-item__who">
          <Link href={proposalPath(item.proposal.id)}>{who}</Link>
        </p>
        <p className="today-item__meta">
          {item.clientName} · <span className="today-item__due">{describeDue(item.kind, item.dueAt, now)}</span>
          {showRecruiter && <> · {item.recruiterName}</>}
        </p>
        {error && (
          <p role="alert" className="notice notice--error today-item__error">
            {error}
          </p>
        )}
      </div>
      <div className="today-item__action">
        {item.action === 'PICK_NEW_TIME' && (
          <Link className="button" href={proposalPath(item.proposal.id, `?action=pick-new-time${interviewQuery}`)}>
            Pick a new time<span className="visually-hidden">: {who}</span>
          </Link>
        )}
        {item.action === 'MARK_INTERVIEW' && (
          <button type="button" className="button" onClick={() => setIsMarking(true)}>
            Mark interview<span className="visually-hidden">: {who}</span>
          </button>
        )}
        {item.action === 'SCHEDULE_INTERVIEW' && (
          <Link className="button" href={proposalPath(item.proposal.id, '?action=schedule')}>
            Schedule interview<span className="visually-hidden">: {who}</span>
          </Link>
        )}
        {item.action === 'FOLLOW_UP' && (
          <Link className="button button--secondary" href={proposalPath(item.proposal.id)}>
            Follow up<span className="visually-hidden">: {who}</span>
          </Link>
        )}
        {item.action === 'ACKNOWLEDGE' && (
          <button
            type="button"
            className="button button--secondary"
            onClick={acknowledge}
            aria-disabled={isAckLate || isAckExpired || undefined}
          >
            {item.kind === 'LATE_CANCELLATION' ? 'Acknowledge' : 'Close'}
            <span className="visually-hidden">: {who}</span>
          </button>
        )}
      </div>
      {isMarking && item.interview && (
        <ModalDialog labelledBy={titleId} onClose={() => setIsMarking(false)}>
          <h2 id={titleId}>How did the interview go?</h2>
          <p>
            {item.candidateName}’s interview for {item.jobTitle} at {item.clientName} {describeDue(item.kind, item.dueAt, now)}.
          </p>
          {error && (
            <p role="alert" className="notice notice--error">
              {error}
            </p>
          )}
          <div className="form__actions">
            <button type="button" className="button" onClick={markCompleted} aria-disabled={isCompleting || undefined}>
              It took place: mark completed
            </button>
            <Link className="button button--secondary" href={proposalPath(item.proposal.id, `?action=record-no-show${interviewQuery}`)}>
              Someone did not come: record a no-show
            </Link>
            <button type="button" className="button button--secondary" onClick={() => setIsMarking(false)}>
              Not now
            </button>
          </div>
        </ModalDialog>
      )}
    </li>
  );
}
