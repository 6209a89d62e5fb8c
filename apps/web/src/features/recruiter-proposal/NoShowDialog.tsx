import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { Party } from '../../gql/graphql';
import { Field } from '../../ui/Field';
import { formatDateTime } from '../../ui/format-date-time';
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
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export function NoShowDialog({ interview, context, onClose }: InterviewDialogProps) {
  const [recordNoShow] = useMutation(NoShowDialog_Mutation);
  const [party, setParty] = useState<Party>('CANDIDATE');
  const options: Array<[Party, string]> = [
    ['CANDIDATE', `The candidate (${context.candidate.fullName})`],
    ['CLIENT', `The client (${context.job.companyName})`],
    ['RECRUITER', 'The recruiter'],
  ];

  return (
    <ActionDialog
      title="Record a no-show"
      lede={<p>For the interview on {formatDateTime(interview.startsAt, context.viewer.timeZone)}. It is recorded on the proposal for everyone to see.</p>}
      submitLabel="Confirm no-show"
      isDestructive
      placedFields={['party']}
      onClose={onClose}
      onSubmit={() =>
        runAction(
          async () => (await recordNoShow({ variables: { input: { interviewId: interview.id, party } } })).data?.recordNoShow,
          { successTypename: 'RecordNoShowSuccess', onSuccess: () => context.onDone('No-show recorded.'), onStale: context.onStale },
        )
      }
    >
      {(fields) => (
        <Field label="Who did not come" error={fields.party}>
          {(control) => (
            <select {...control} value={party} onChange={(event) => setParty(event.target.value as Party)}>
              {options.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </ActionDialog>
  );
}
