import { InterviewReflectionPanel } from './InterviewReflectionPanel';
import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { transitionInterview, type InterviewEvent } from '@shortlist/domain/interviews';
import { useEffect, useId, useRef, useState } from 'react';
import { graphql } from '../../gql';
import type { InterviewStatus } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format-date-time';
import type { FormErrors } from '../../ui/mutation-errors';
import { firstNameOf } from '../../words/first-name-of';
import { interviewFormatInWords } from '../../words/interview-format-in-words';
import { interviewStatusInWords } from '../../words/interview-status-in-words';
import { partyInWords } from '../../words/party-in-words';
import { utcToLocalTime } from '../interviews/convert-local-time';
import { newInterviewTimeDraft } from '../interviews/interview-time-draft';
import { CancelInterviewDialog, ContestNoShowDialog, InterviewTimeDialog, NoShowDialog } from './lazy-interview-dialogs';
import type { ProposalContext, RequestedAction } from './proposal-context';
import { runAction } from './run-action';

export const InterviewCard_interview = graphql(`
  fragment InterviewCard_interview on Interview {
    id
    status
    startsAt
    endsAt
    timeZone
    format
    location
    completedAt
    noShowParty
    noShowNote
    noShowContest {
      at
      note
    }
    cancellation {
      by
      reasonLabel
      reasonText
      message
      isLate
      noticeDescription
    }
    rescheduleRequest {
      by
      reason
    }
    rescheduledTo {
      id
      startsAt
    }
    rescheduledFrom {
      id
      startsAt
    }
    ...InterviewReflectionPanel_interview
  }
`);

export const InterviewCard_Complete = graphql(`
  mutation InterviewCard_Complete($input: CompleteInterviewInput!) {
    completeInterview(input: $input) {
      __typename
      ... on CompleteInterviewSuccess {
        interview {
          id
          status
          completedAt
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export const InterviewCard_Reschedule = graphql(`
  mutation InterviewCard_Reschedule($input: RescheduleInterviewInput!) {
    rescheduleInterview(input: $input) {
      __typename
      ... on RescheduleInterviewSuccess {
        interview {
          id
          status
          startsAt
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

type OpenDialog = 'reschedule' | 'cancel' | 'noShow' | 'contest' | null;

/** One interview: when (in its zone, the recruiter's and the candidate's), how it went, and what can be done now. */
export function InterviewCard({ interview, context }: { interview: FragmentType<typeof InterviewCard_interview>; context: ProposalContext }) {
  const id = useId();
  const { data, complete } = useFragment({ fragment: InterviewCard_interview, fragmentName: 'InterviewCard_interview', from: interview });
  const [open, setOpen] = useState<OpenDialog>(null);
  const [completeInterview, { loading: isCompleting }] = useMutation(InterviewCard_Complete);
  const [rescheduleInterview] = useMutation(InterviewCard_Reschedule);
  const [completeErrors, setCompleteErrors] = useState<FormErrors | null>(null);
  const completeAlertRef = useRef<HTMLParagraphElement>(null);
  // A failed "Mark completed" takes the person to what went wrong.
  useEffect(() => {
    if (completeErrors?.form) completeAlertRef.current?.focus();
  }, [completeErrors]);
  // A link's ?action= (or "Pick a new time" in Next steps) opens this interview's dialog once, when it is for this one.
  const request = context.requestedAction ?? null;
  useEffect(() => {
    if (!complete || !request) return;
    const wanted = requestedDialog(request, data, context);
    if (!wanted) return;
    setOpen(wanted);
    context.clearRequestedAction?.();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new request opens a dialog
  }, [request, complete]);
  if (!complete) return null;

  const interviewId = data.id;
  const { viewer, candidate, agency, now } = context;
  const candidateFirstName = firstNameOf(candidate.fullName);
  const lengthMinutes = Math.round((new Date(data.endsAt).getTime() - new Date(data.startsAt).getTime()) / 60_000);
  const judge = (event: InterviewEvent) =>
    transitionInterview({ status: data.status, startsAt: new Date(data.startsAt), timeZone: viewer.timeZone }, event, 'RECRUITER', {
      now,
      noShowGraceMinutes: agency.noShowGraceMinutes,
    });
  // A moved interview lives on as its replacement; only that one can be acted on.
  // On a closed proposal an interview left on the calendar can still be cancelled or its outcome recorded, not moved.
  const can = (event: InterviewEvent) =>
    !data.rescheduledTo && (context.isProposalOpen || event !== 'reschedule') && judge(event).ok;
  // A dialog that went through closes before the page shows the news.
  const dialogContext: ProposalContext = {
    ...context,
    onDone: (notice) => {
      setOpen(null);
      context.onDone(notice);
    },
  };
  const noShowLater = judge('recordNoShow');
  const waitingHint =
    data.status !== 'SCHEDULED' || data.rescheduledTo
      ? null
      : !can('complete')
        ? `Once it has started you can mark it completed; a no-show can be recorded ${agency.noShowGraceMinutes} minutes after the start.`
        : !noShowLater.ok && noShowLater.error.code === 'TOO_EARLY'
          ? noShowLater.error.message
          : null;

  async function markCompleted() {
    if (isCompleting) return;
    setCompleteErrors(null);
    const errors = await runAction(
      async () => (await completeInterview({ variables: { input: { interviewId } } })).data?.completeInterview,
      { successTypename: 'CompleteInterviewSuccess', onSuccess: () => context.onDone('Interview marked completed.'), onStale: context.onStale },
    );
    setCompleteErrors(errors);
  }

  const times: Array<[string, string]> = [['As scheduled', formatDateTime(data.startsAt, data.timeZone)]];
  if (viewer.timeZone !== data.timeZone) times.push(['For you', formatDateTime(data.startsAt, viewer.timeZone)]);
  if (candidate.timeZone !== data.timeZone && candidate.timeZone !== viewer.timeZone) {
    times.push([`For ${candidateFirstName}`, formatDateTime(data.startsAt, candidate.timeZone)]);
  }

  return (
    <article className={`card interview interview--${data.status.toLowerCase()}`} aria-labelledby={`${id}-title`}>
      <header className="interview__header">
        <h3 id={`${id}-title`}>Interview on {formatDateTime(data.startsAt, viewer.timeZone)}</h3>
        <span className={`status status--${data.status.toLowerCase()}`}>{interviewStatusInWords[data.status]}</span>
      </header>
      <dl className="facts">
        {times.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>Length</dt>
          <dd>{lengthMinutes} minutes</dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd>{interviewFormatInWords[data.format]}</dd>
        </div>
        {data.location && (
          <div>
            <dt>Location or link</dt>
            <dd className="interview__location">{data.location}</dd>
          </div>
        )}
      </dl>

      {data.rescheduledFrom && <p>This replaces the interview on {formatDateTime(data.rescheduledFrom.startsAt, viewer.timeZone)}.</p>}
      {data.rescheduledTo && <p>Moved to {formatDateTime(data.rescheduledTo.startsAt, viewer.timeZone)}.</p>}
      {data.status === 'NEEDS_RESCHEDULING' && data.rescheduleRequest && (
        <p className="notice">
          <span>
            {data.rescheduleRequest.by ? `${capitalize(partyInWords[data.rescheduleRequest.by])} asked` : 'A new time was asked'} for a new time: “
            {data.rescheduleRequest.reason}”
          </span>
        </p>
      )}
      {data.status === 'COMPLETED' && data.completedAt && <p>Marked completed on {formatDateTime(data.completedAt, viewer.timeZone)}.</p>}
      {data.status === 'NO_SHOW' && data.noShowParty && (
        <div className="no-show">
          <p>
            No-show: {partyInWords[data.noShowParty]} did not come.
            {data.noShowContest && <span className="late-badge no-show__badge">Contested</span>}
          </p>
          {data.noShowNote && <blockquote className="quoted-message no-show__note">{data.noShowNote}</blockquote>}
          {/* A no-show held against the recruiter is the agency's to contest, once. */}
          {data.noShowParty === 'RECRUITER' && !data.noShowContest && (
            <p>
              <button type="button" className="button button--secondary" onClick={() => setOpen('contest')}>
                Contest this no-show
              </button>
            </p>
          )}
          {data.noShowContest && (
            <div className="no-show__contest">
              <p>
                {capitalize(partyInWords[data.noShowParty])} contested it on {formatDateTime(data.noShowContest.at, viewer.timeZone)}:
              </p>
              <blockquote className="quoted-message">{data.noShowContest.note}</blockquote>
            </div>
          )}
        </div>
      )}
      {data.cancellation && (
        <div className="interview__cancellation">
          <p>
            Cancelled{data.cancellation.by ? ` by ${partyInWords[data.cancellation.by]}` : ''}: {data.cancellation.reasonLabel}
            {data.cancellation.reasonText ? ` (“${data.cancellation.reasonText}”)` : ''}.
          </p>
          <p className={data.cancellation.isLate ? 'notice-given notice-given--late' : 'notice-given'}>
            {data.cancellation.isLate && <strong className="late-badge">Late notice</strong>} {data.cancellation.noticeDescription}
          </p>
          {data.cancellation.message && <blockquote className="quoted-message">{data.cancellation.message}</blockquote>}
        </div>
      )}

      {(can('reschedule') || can('cancel') || can('complete') || can('recordNoShow')) && (
        <div className="interview__actions">
          {can('reschedule') && (
            <button type="button" className="button button--secondary" onClick={() => setOpen('reschedule')}>
              Reschedule
            </button>
          )}
          {can('cancel') && (
            <button type="button" className="button button--secondary" onClick={() => setOpen('cancel')}>
              Cancel interview
            </button>
          )}
          {can('complete') && (
            <button type="button" className="button" onClick={markCompleted} aria-disabled={isCompleting || undefined}>
              Mark completed
            </button>
          )}
          {can('recordNoShow') && (
            <button type="button" className="button button--secondary" onClick={() => setOpen('noShow')}>
              Record no-show
            </button>
          )}
          <span role="status" className="form__status">
            {isCompleting ? 'Saving…' : ''}
          </span>
        </div>
      )}
      {waitingHint && <p className="field__hint">{waitingHint}</p>}
      {completeErrors?.form && (
        <p role="alert" className="notice notice--error" ref={completeAlertRef} tabIndex={-1}>
          <strong>{completeErrors.form}</strong>
        </p>
      )}

      {open === 'reschedule' && (
        <InterviewTimeDialog
          title="Reschedule the interview"
          lede={
            <p>
              Now {formatDateTime(data.startsAt, viewer.timeZone)}. {candidateFirstName} is told about the new time, and the calendar
              invite moves with it.
            </p>
          }
          submitLabel="Save the new time"
          initial={newInterviewTimeDraft({
            start: utcToLocalTime(data.startsAt, viewer.timeZone),
            lengthMinutes,
            format: data.format,
            location: data.location ?? '',
          })}
          context={dialogContext}
          // A scheduled interview nobody asked to move needs a reason; answering a request does not.
          move={{ isReasonRequired: data.status === 'SCHEDULED' }}
          onClose={() => setOpen(null)}
          onSubmit={(time, note) =>
            runAction(
              async () => (await rescheduleInterview({ variables: { input: { interviewId, ...time, ...note } } })).data?.rescheduleInterview,
              { successTypename: 'RescheduleInterviewSuccess', onSuccess: () => dialogContext.onDone('Interview moved to the new time.'), onStale: context.onStale },
            )
          }
        />
      )}
      {open === 'cancel' && <CancelInterviewDialog interview={data} context={dialogContext} onClose={() => setOpen(null)} />}
      {open === 'noShow' && <NoShowDialog interview={data} context={dialogContext} onClose={() => setOpen(null)} />}
      {open === 'contest' && <ContestNoShowDialog interview={data} context={dialogContext} onClose={() => setOpen(null)} />}
      <InterviewReflectionPanel interview={data} candidateFirstName={candidateFirstName} timeZone={viewer.timeZone} now={now} />
    </article>
  );
}

/** The dialog a request opens on this interview, when it is for this one and the lifecycle allows it now. */
function requestedDialog(
  request: RequestedAction,
  interview: { id: string; status: InterviewStatus; startsAt: string; rescheduledTo?: { id: string } | null },
  context: ProposalContext,
): OpenDialog {
  const isForThis = request.interviewId !== null ? request.interviewId === interview.id : interview.status === 'NEEDS_RESCHEDULING';
  if (!isForThis || interview.rescheduledTo) return null;
  const allows = (event: InterviewEvent) =>
    (context.isProposalOpen || event !== 'reschedule') &&
    transitionInterview({ status: interview.status, startsAt: new Date(interview.startsAt), timeZone: context.viewer.timeZone }, event, 'RECRUITER', {
      now: context.now,
      noShowGraceMinutes: context.agency.noShowGraceMinutes,
    }).ok;
  if (request.action === 'pick-new-time' && allows('reschedule')) return 'reschedule';
  if (request.action === 'record-no-show' && allows('recordNoShow')) return 'noShow';
  return null;
}

const capitalize = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
