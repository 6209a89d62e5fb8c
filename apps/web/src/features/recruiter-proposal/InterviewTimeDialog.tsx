import { assessSchedulingNotice, describeSchedulingNotice } from '@shortlist/domain/interviews';
import { useState, type ReactNode } from 'react';
import { CheckboxField, Field, InputField } from '../../ui/Field';
import type { FormErrors } from '../../ui/mutation-errors';
import { firstNameOf } from '../../words/first-name-of';
import {
  InterviewTimeFields,
  interviewTimeErrorsOf,
  toInterviewTimeInput,
  type InterviewTimeDraft,
} from '../interviews/InterviewTimeFields';
import { ActionDialog } from './ActionDialog';
import type { ProposalContext } from './proposal-context';

/** The time to send; `acknowledgeShortNotice` once the recruiter confirmed a time inside the agency's notice policy. */
export type InterviewTimeInput = NonNullable<ReturnType<typeof toInterviewTimeInput>> & { acknowledgeShortNotice?: boolean };

/** Why a scheduled interview moves, and a note for the candidate; empty words are sent as null. */
export type MoveNote = { reason: string | null; message: string | null };

/** Scheduling or moving an interview: one time, picked in the recruiter's zone and shown in the candidate's. */
export function InterviewTimeDialog({
  title,
  lede,
  submitLabel,
  initial,
  context,
  move,
  onSubmit,
  onClose,
}: {
  title: string;
  lede: ReactNode;
  submitLabel: string;
  initial: InterviewTimeDraft;
  context: ProposalContext;
  /**
   * Moving an existing interview: asks why and for a message to the candidate. The reason is required when nobody
   * asked for a new time (the interview is still scheduled), optional when answering a request.
   */
  move?: { isReasonRequired: boolean };
  onSubmit: (time: InterviewTimeInput, note: MoveNote) => Promise<FormErrors | null>;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [note, setNote] = useState({ reason: '', message: '' });
  const [isShortNoticeAcknowledged, setIsShortNoticeAcknowledged] = useState(false);
  const timeZone = context.viewer.timeZone;
  const { agency } = context;

  // The agency is held to the notice it asks of candidates: a closer time is warned about before saving, and
  // saved only once the recruiter confirms it (the API refuses it otherwise, and records it as short notice).
  const chosen = toInterviewTimeInput(draft, timeZone);
  const notice = chosen ? assessSchedulingNotice({ now: new Date(), startsAt: new Date(chosen.startsAt), lateNoticeMinutes: agency.lateNoticeMinutes }) : null;
  const isShortNotice = notice?.isShort === true && new Date(chosen!.startsAt).getTime() > Date.now();

  async function submit(): Promise<FormErrors | null> {
    const time = toInterviewTimeInput(draft, timeZone);
    const isReasonMissing = Boolean(move?.isReasonRequired) && note.reason.trim() === '';
    const isAcknowledgementMissing = isShortNotice && !isShortNoticeAcknowledged;
    if (!time || isReasonMissing || isAcknowledgementMissing) {
      const fields: Record<string, string> = {};
      if (!time) fields.startsAt = 'Choose a date and start time.';
      if (isReasonMissing) fields.reason = 'Say in a few words why a new time is needed.';
      if (isAcknowledgementMissing) fields.acknowledgeShortNotice = 'Confirm the short notice, or choose a later time.';
      return { fields, form: null, isStale: false };
    }
    return onSubmit(isShortNotice ? { ...time, acknowledgeShortNotice: true } : time, {
      reason: note.reason.trim() || null,
      message: note.message.trim() || null,
    });
  }

  return (
    <ActionDialog
      title={title}
      lede={lede}
      submitLabel={submitLabel}
      placedFields={['startsAt', 'endsAt', 'timeZone', 'format', 'location', 'acknowledgeShortNotice', ...(move ? ['reason', 'message'] : [])]}
      onSubmit={submit}
      onClose={onClose}
    >
      {(fields) => (
        <>
          <InterviewTimeFields
            legend="Interview time"
            draft={draft}
            onChange={setDraft}
            errors={interviewTimeErrorsOf(fields)}
            timeZone={timeZone}
            candidate={{ firstName: firstNameOf(context.candidate.fullName), timeZone: context.candidate.timeZone }}
          />
          {isShortNotice && notice && (
            <div className="notice notice--warning short-notice" role="status">
              <p>
                <span className="late-badge">Short notice</span>{' '}
                {describeSchedulingNotice({ noticeGivenMinutes: notice.noticeGivenMinutes, lateNoticeMinutes: agency.lateNoticeMinutes, agencyName: agency.name })}
              </p>
              <CheckboxField
                label={`Set this time anyway: I have checked that ${firstNameOf(context.candidate.fullName)} can make it`}
                checked={isShortNoticeAcknowledged}
                onChange={setIsShortNoticeAcknowledged}
                error={fields.acknowledgeShortNotice}
              />
            </div>
          )}
          {move && (
            <>
              <InputField
                label="Why the time moves"
                error={fields.reason}
                hint={
                  move.isReasonRequired
                    ? `Required: ${firstNameOf(context.candidate.fullName)} reads it with the new time.`
                    : 'Optional: a new time was already asked for.'
                }
                type="text"
                required={move.isReasonRequired}
                maxLength={500}
                value={note.reason}
                onChange={(reason) => setNote({ ...note, reason })}
              />
              <Field label="Message to the candidate" error={fields.message} hint="Optional.">
                {(control) => (
                  <textarea {...control} rows={4} maxLength={2000} value={note.message} onChange={(event) => setNote({ ...note, message: event.target.value })} />
                )}
              </Field>
            </>
          )}
        </>
      )}
    </ActionDialog>
  );
}
