import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formErrorsForFields, formErrorsOfFailure, type FormErrors, type MutationError } from '../../ui/mutation-errors';
import { ActionDialog } from '../recruiter-proposal/ActionDialog';

export const DeleteWebhookDialog_Mutation = graphql(`
  mutation DeleteWebhookDialog_Mutation($input: DeleteWebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      __typename
      ... on DeleteWebhookEndpointSuccess {
        deletedId
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/** "Delete endpoint", confirmed by name: nothing more is sent to it, and its delivery log goes with it. */
export function DeleteWebhookDialog({
  endpoint,
  onDeleted,
  onClose,
}: {
  endpoint: { id: string; name: string; url: string };
  onDeleted: () => void;
  onClose: () => void;
}) {
  const [remove] = useMutation(DeleteWebhookDialog_Mutation);

  async function submit(): Promise<FormErrors | null> {
    try {
      const { data } = await remove({ variables: { input: { id: endpoint.id } } });
      const answer = data?.deleteWebhookEndpoint;
      if (!answer) throw new Error('No answer from the server.');
      if (answer.__typename === 'DeleteWebhookEndpointSuccess') {
        onDeleted();
        return null;
      }
      return formErrorsForFields(answer as MutationError, []);
    } catch (error) {
      return formErrorsOfFailure(error);
    }
  }

  return (
    <ActionDialog
      title={`Delete the endpoint “${endpoint.name}”?`}
      lede={
        <p>
          Nothing more is sent to <code>{endpoint.url}</code>, and its delivery log is deleted with it. This cannot be undone:
          to pause deliveries instead, keep the endpoint and choose “Pause deliveries”.
        </p>
      }
      submitLabel="Delete endpoint"
      closeLabel="Keep the endpoint"
      isDestructive
      placedFields={[]}
      onSubmit={submit}
      onClose={onClose}
    >
      {() => null}
    </ActionDialog>
  );
}
