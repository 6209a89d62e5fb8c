import { useMutation } from '@apollo/client/react';
import { NO_SHOW_NOTE_MAX_LENGTH, validateNoShowNote } from '@shortlist/domain/interviews';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import type { Party } from '../../gql/graphql';
import { ChoiceGroup, Field } from '../../ui/Field';
import { formatDateTime } from '../../ui/format-date-time';
import { firstNameOf } from '../../words/first-name-of';
import { ActionDialog } from './ActionDialog';
import type { InterviewDialogProps } from './proposal-context';
import { runAction } from './run-action';

export const NoShowDialog_Mutation = graphql(`
  mutation NoShowDialog_Mutation($input: RecordNoShowInput!) {
    recordNoShow(input: $input) {
      __typename
      ... on RecordNoShowSuccess {
        interview {
          id
          status
          noShowParty
          noShowNote
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/**
 * Recording who did not come. Nobody is preselected (B8: the candidate was, so one click put a no-show on their
 * record), and the recorder says what they saw: the side held absent reads it and may contest it.
 */
export function NoShowDialog({ interview, context, onClose }: InterviewDialogProps) {
  const id = useId();
  const [recordNoShow] = useMutation(NoShowDialog_Mutation);
  const [party, setParty] = useState<Party | null>(null);
  const [note, setNote] = useState('');
  const options: Array<[Party, string]> = [
    ['CANDIDATE', `The candidate (${context.candidate.fullName})`],
    ['CLIENT', `The client (${context.job.companyName})`],
    ['RECRUITER', 'The recruiter (our side)'],
  ];

  return (
    <ActionDialog
      title="Record a no-show"
      lede={
        <p>
          For the interview on {formatDateTime(interview.startsAt, context.viewer.timeZone)}. It goes on the record of the side that did not come,
          with your note; they can contest it. {firstNameOf(context.candidate.fullName)} is told.
        </p>
      }
      submitLabel="Record no-show"
      isDestructive
      placedFields={['party', 'note']}
      onClose={onClose}
      onSubmit={async () => {
        const checked = validateNoShowNote(note);
        if (!party || !checked.ok) {
          const fields: Record<string, string> = {};
          if (!party) fields.party = 'Choose who did not come.';
          if (!checked.ok) fields.note = checked.fieldErrors[0]?.message ?? 'Say what you saw.';
          return { fields, form: null, isStale: false };
        }
        let tooEarly: string | null = null;
        const errors = await runAction(
          async () => {
            const answer = (await recordNoShow({ variables: { input: { interviewId: interview.id, party, note: checked.value } } })).data?.recordNoShow;
            // Still SCHEDULED: nobody changed it, it is only too early ("A no-show can be recorded from …"), so the
            // page has nothing newer to show and the form keeps what was typed.
            if (answer?.__typename === 'InvalidTransitionError' && answer.currentStatus === 'SCHEDULED') {
              tooEarly = answer.message;
              return { __typename: 'TooEarly' };
            }
            return answer;
          },
          { successTypename: 'RecordNoShowSuccess', onSuccess: () => context.onDone('No-show recorded.'), onStale: context.onStale },
        );
        return tooEarly ? { fields: {}, form: tooEarly, isStale: false } : errors;
      }}
    >
      {(fields) => (
        <div className="no-show-dialog">
          <ChoiceGroup legend="Who did not come" error={fields.party}>
            {options.map(([value, label]) => (
              <label key={value} className="checkbox">
                <input type="radio" name={`${id}-party`} value={value} checked={party === value} onChange={() => setParty(value)} aria-invalid={fields.party ? true : undefined} />
                {label}
              </label>
            ))}
          </ChoiceGroup>
          <Field
            label="What happened"
            error={fields.note}
            hint="The side held absent reads it, and can contest it."
          >
            {(control) => (
              <textarea {...control} rows={4} maxLength={NO_SHOW_NOTE_MAX_LENGTH} value={note} onChange={(event) => setNote(event.target.value)} />
            )}
          </Field>
        </div>
      )}
    </ActionDialog>
  );
}
