import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { JobClosingOutcome } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format-date-time';
import { formErrorsOf, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors } from '../../ui/mutation-errors';
import { ModalDialog } from '../../ui/ModalDialog';
import { proposalStatusInWords } from '../../words/proposal-status-in-words';
import { CLOSING_WORDS } from './closing-words';

export const CloseJobDialog_Query = graphql(`
  query CloseJobDialog_Query($id: ID!, $outcome: JobClosingOutcome!) {
    me {
      id
      timeZone
    }
    job(id: $id) {
      id
      version
      closingPreview(outcome: $outcome) {
        outcome
        candidates {
          proposal {
            id
          }
          candidateName
          status
          message
          interviews {
            interviewId
            startsAt
            isLate
            noticeDescription
          }
        }
      }
    }
  }
`);

export const CloseJobDialog_Mutation = graphql(`
  mutation CloseJobDialog_Mutation($input: CloseJobInput!) {
    closeJob(input: $input) {
      __typename
      ... on CloseJobSuccess {
        job {
          id
          status
          openings
          version
        }
        withdrawnProposals {
          id
          status
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/** The words of each outcome: the button that opens the dialog, its heading and its confirm button. */
/** "4 days before the start: …" reads on from "is cancelled," ("Less than a minute" too). */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** One message for everyone starts from the first one, greeting nobody by name ("Hi Ana," becomes "Hello,"). */
export const greetingForAll = (message: string) => message.replace(/^Hi [^,\n]+,/, 'Hello,');

type Props = {
  job: { id: string; title: string };
  outcome: JobClosingOutcome;
  onClose: () => void;
  /** The job is filled or closed and `told` candidates were told. */
  onClosed: (result: { told: number }) => void;
  /** The API refused in this state (someone else closed the job meanwhile): the page reloads. */
  onStale: () => void;
};

/**
 * Filling or closing a job tells every candidate still in its pipeline (the reverse cascade): the recruiter first
 * sees whom, at which stage, which interviews are cancelled (late ones flagged, as they count on the agency's
 * record) and the message each reads, prefilled and editable, then confirms.
 */
export function CloseJobDialog({ job, outcome, onClose, onClosed, onStale }: Props) {
  const id = useId();
  const headingId = `${id}-heading`;
  const words = CLOSING_WORDS[outcome];
  const { data, loading, error, refetch } = useQuery(CloseJobDialog_Query, { variables: { id: job.id, outcome }, fetchPolicy: 'network-only' });
  const [closeJob, { loading: isSending }] = useMutation(CloseJobDialog_Mutation);
  const [messages, setMessages] = useState<Record<string, string>>({});
  const [isOneForAll, setIsOneForAll] = useState(false);
  const [messageForAll, setMessageForAll] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);

  const preview = data?.job?.closingPreview;
  const candidates = preview?.candidates ?? [];
  const timeZone = data?.me?.timeZone ?? 'UTC';

  // Prefill each candidate's message once; a re-preview (the pipeline changed) keeps what the recruiter wrote.
  useEffect(() => {
    if (!preview) return;
    setMessages((current) => Object.fromEntries(preview.candidates.map((c) => [c.proposal.id, current[c.proposal.id] ?? c.message])));
  }, [preview]);

  // After an error, start the person at the first message to fix.
  useEffect(() => {
    if (Object.keys(errors.fields).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  function chooseOneForAll(isChosen: boolean) {
    setIsOneForAll(isChosen);
    const first = candidates[0];
    if (isChosen && messageForAll === null && first) setMessageForAll(greetingForAll(messages[first.proposal.id] ?? first.message));
    setErrors(NO_FORM_ERRORS);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending || !data?.job || !preview) return;
    setErrors(NO_FORM_ERRORS);
    try {
      const input = {
        jobId: job.id,
        outcome,
        expectedVersion: data.job.version,
        // One message for all is still sent per proposal, so a pipeline that changed meanwhile is caught the same way.
        messages: candidates.map((c) => ({ proposalId: c.proposal.id, message: isOneForAll ? (messageForAll ?? '') : (messages[c.proposal.id] ?? c.message) })),
      };
      const result = (await closeJob({ variables: { input } })).data?.closeJob;
      if (!result) return;
      if (result.__typename === 'CloseJobSuccess') {
        onClosed({ told: result.withdrawnProposals.length });
        return;
      }
      const next = formErrorsOf(result);
      // The pipeline changed since the preview: show the list as it is now, with the API's words.
      if (next.fields.messages) {
        setErrors({ fields: {}, form: `${next.fields.messages} The list below is up to date.`, isStale: false });
        await refetch();
        return;
      }
      setErrors(next);
      if (next.isStale) onStale();
    } catch (failure) {
      setErrors(formErrorsOfFailure(failure));
    }
  }

  const count = candidates.length;
  const forAllId = `${id}-message-all`;
  const forAllError = isOneForAll ? Object.entries(errors.fields).find(([field]) => /^messages\.\d+\.message$/.test(field))?.[1] : undefined;
  return (
    <ModalDialog labelledBy={headingId} onClose={onClose} className="close-job-dialog">
      <form ref={formRef} className="dialog__form" noValidate onSubmit={handleSubmit} aria-busy={isSending || loading}>
        <h2 id={headingId}>
          {words.heading}: {job.title}
        </h2>
        {!data && loading && <p role="status">Loading the candidates who will be told…</p>}
        {!data && error && (
          <div role="alert" className="notice notice--error">
            <p>
              <strong>The candidates could not be loaded: {error.message}</strong>
            </p>
          </div>
        )}
        {data && !preview && <p className="notice">This job is already filled or closed.</p>}
        {preview && (
          <p className="dialog__lede">
            {count === 0
              ? 'Nobody is in the pipeline, so nobody needs to be told.'
              : count === 1
                ? 'This candidate is still in the pipeline. Their proposal is withdrawn with the message below and their interviews are cancelled; they are notified.'
                : `These ${count} candidates are still in the pipeline. Each proposal is withdrawn with its message below and its interviews are cancelled; each candidate is notified.`}
          </p>
        )}

        {errors.form && (
          <div role="alert" className="notice notice--error">
            <p>
              <strong>{errors.form}</strong>
            </p>
          </div>
        )}

        {count > 1 && (
          <label className="checkbox">
            <input type="checkbox" checked={isOneForAll} onChange={(event) => chooseOneForAll(event.target.checked)} />
            Send one message to everyone
          </label>
        )}
        {isOneForAll && (
          <div className="field">
            <label htmlFor={forAllId}>Message to every candidate</label>
            <textarea
              id={forAllId}
              rows={11}
              value={messageForAll ?? ''}
              onChange={(event) => setMessageForAll(event.target.value)}
              aria-invalid={forAllError ? true : undefined}
              aria-describedby={forAllError ? `${forAllId}-error` : `${forAllId}-hint`}
            />
            {forAllError ? (
              <p className="field__error" id={`${forAllId}-error`}>
                {forAllError}
              </p>
            ) : (
              <p className="field__hint" id={`${forAllId}-hint`}>
                Every candidate below reads these words; untick to write to each by name.
              </p>
            )}
          </div>
        )}

        {count > 0 && (
          <ol className="close-job-dialog__candidates" aria-label="Candidates who will be told">
            {candidates.map((candidate, index) => {
              const fieldId = `${id}-message-${index}`;
              const messageError = errors.fields[`messages.${index}.message`];
              return (
                <li key={candidate.proposal.id} className="close-job-dialog__candidate">
                  <h3>
                    {candidate.candidateName} <span className={`status status--${candidate.status.toLowerCase()}`}>{proposalStatusInWords[candidate.status]}</span>
                  </h3>
                  {candidate.interviews.length > 0 && (
                    <ul className="close-job-dialog__interviews" aria-label={`Interviews of ${candidate.candidateName} to cancel`}>
                      {candidate.interviews.map((interview) => (
                        <li key={interview.interviewId}>
                          The interview on {formatDateTime(interview.startsAt, timeZone)} is cancelled, {lowerFirst(interview.noticeDescription)}
                          {interview.isLate && <strong className="close-job-dialog__late"> Late: it counts on the agency’s record.</strong>}
                        </li>
                      ))}
                    </ul>
                  )}
                  {!isOneForAll && (
                    <div className="field">
                      <label htmlFor={fieldId}>Message to {candidate.candidateName}</label>
                      <textarea
                        id={fieldId}
                        rows={11}
                        value={messages[candidate.proposal.id] ?? candidate.message}
                        onChange={(event) => {
                          const text = event.target.value;
                          setMessages((current) => ({ ...current, [candidate.proposal.id]: text }));
                        }}
                        aria-invalid={messageError ? true : undefined}
                        aria-describedby={messageError ? `${fieldId}-error` : undefined}
                      />
                      {messageError && (
                        <p className="field__error" id={`${fieldId}-error`}>
                          {messageError}
                        </p>
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        )}

        <div className="form__actions">
          {/* aria-disabled (with the guard in handleSubmit), not disabled: a disabled button would drop the focus. */}
          {preview && (
            <button type="submit" className="button" aria-disabled={isSending || undefined}>
              {count === 0 ? words.open : `${words.confirm} (${count})`}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={() => !isSending && onClose()} aria-disabled={isSending || undefined}>
            Cancel
          </button>
          <span role="status" className="form__status">
            {isSending ? 'Telling the candidates…' : ''}
          </span>
        </div>
      </form>
    </ModalDialog>
  );
}
