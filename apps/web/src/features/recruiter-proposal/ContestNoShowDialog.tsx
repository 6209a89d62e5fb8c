import { useMutation } from '@apollo/client/react';
import { NO_SHOW_NOTE_MAX_LENGTH, validateNoShowNote } from '@shortlist/domain/interviews';
import { useState } from 'react';
import { graphql } from '../../gql';
import { Field } from '../../ui/Field';
import { formatDateTime } from '../../ui/format-date-time';
import { ActionDialog } from './ActionDialog';
import type { InterviewDialogProps } from './proposal-context';
import { runAction } from './run-action';

export const ContestNoShowDialog_Mutation = graphql(`
  mutation ContestNoShowDialog_Mutation($input: ContestNoShowInput!) {
    contestNoShow(input: $input) {
      __typename
      ... on ContestNoShowSuccess {
        interview {
          id
          noShowContest {
            at
            note
          }
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/**
 * The agency's side of a no-show recorded against its recruiter (by the client's system, say): given once, it
 * stands beside the no-show on the agency's record, as a candidate's contest does on theirs.
 */
export function ContestNoShowDialog({ interview, context, onClose }: InterviewDialogProps) {
  const [contest] = useMutation(ContestNoShowDialog_Mutation);
  const [note, setNote] = useState('');
  return (
    <ActionDialog
      title="Contest the no-show"
      lede={
        <p>
          For the interview on {formatDateTime(interview.startsAt, context.viewer.timeZone)}, recorded as the recruiter's no-show. Your account stays
          beside it on the agency's record, marked contested. You can give it once.
        </p>
      }
      submitLabel="Send our account"
      placedFields={['note']}
      onClose={onClose}
      onSubmit={async () => {
        const checked = validateNoShowNote(note, 'contest');
        if (!checked.ok) return { fields: { note: checked.fieldErrors[0]?.message ?? 'Say what happened.' }, form: null, isStale: false };
        return runAction(
          async () => (await contest({ variables: { input: { interviewId: interview.id, note: checked.value } } })).data?.contestNoShow,
          { successTypename: 'ContestNoShowSuccess', onSuccess: () => context.onDone('No-show contested.'), onStale: context.onStale },
        );
      }}
    >
      {(fields) => (
        <Field label="What happened" error={fields.note} hint="E.g. “I was in the call from 10:00; the client used an old link.”">
          {(control) => (
            <textarea {...control} rows={4} maxLength={NO_SHOW_NOTE_MAX_LENGTH} value={note} onChange={(event) => setNote(event.target.value)} />
          )}
        </Field>
      )}
    </ActionDialog>
  );
}
