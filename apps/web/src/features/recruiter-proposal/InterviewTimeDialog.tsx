import { useState, type ReactNode } from 'react';
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

export type InterviewTimeInput = NonNullable<ReturnType<typeof toInterviewTimeInput>>;

/** Scheduling or moving an interview: one time, picked in the recruiter's zone and shown in the candidate's. */
export function InterviewTimeDialog({
  title,
  lede,
  submitLabel,
  initial,
  context,
  onSubmit,
  onClose,
}: {
  title: string;
  lede: ReactNode;
  submitLabel: string;
  initial: InterviewTimeDraft;
  context: ProposalContext;
  onSubmit: (time: InterviewTimeInput) => Promise<FormErrors | null>;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const timeZone = context.viewer.timeZone;

  async function submit(): Promise<FormErrors | null> {
    const time = toInterviewTimeInput(draft, timeZone);
    if (!time) return { fields: { startsAt: 'Choose a date and start time.' }, form: null, isStale: false };
    return onSubmit(time);
  }

  return (
    <ActionDialog
      title={title}
      lede={lede}
      submitLabel={submitLabel}
      placedFields={['startsAt', 'endsAt', 'timeZone', 'format', 'location']}
      onSubmit={submit}
      onClose={onClose}
    >
      {(fields) => (
        <InterviewTimeFields
          legend="Interview time"
          draft={draft}
          onChange={setDraft}
          errors={interviewTimeErrorsOf(fields)}
          timeZone={timeZone}
          candidate={{ firstName: firstNameOf(context.candidate.fullName), timeZone: context.candidate.timeZone }}
        />
      )}
    </ActionDialog>
  );
}
