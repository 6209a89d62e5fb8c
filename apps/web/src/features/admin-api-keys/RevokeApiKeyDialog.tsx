import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formErrorsForFields, formErrorsOfFailure, type FormErrors, type MutationError } from '../../ui/mutation-errors';
import { ActionDialog } from '../recruiter-proposal/ActionDialog';
import { visiblePartOf, type KeyToRevoke } from './ApiKeyRow';

export const RevokeApiKeyDialog_Mutation = graphql(`
  mutation RevokeApiKeyDialog_Mutation($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      __typename
      ... on RevokeApiKeySuccess {
        apiKey {
          id
          revokedAt
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/**
 * "Revoke", confirmed by name: the key stops working at once, for good. The answer updates the key in the cache, so
 * its row shows it revoked.
 */
export function RevokeApiKeyDialog({
  apiKey,
  onRevoked,
  onClose,
}: {
  apiKey: KeyToRevoke;
  onRevoked: () => void;
  onClose: () => void;
}) {
  const [revokeApiKey] = useMutation(RevokeApiKeyDialog_Mutation);

  async function submit(): Promise<FormErrors | null> {
    try {
      const { data } = await revokeApiKey({ variables: { input: { id: apiKey.id } } });
      const answer = data?.revokeApiKey;
      if (!answer) throw new Error('No answer from the server.');
      if (answer.__typename === 'RevokeApiKeySuccess') {
        onRevoked();
        return null;
      }
      return formErrorsForFields(answer as MutationError, []);
    } catch (error) {
      return formErrorsOfFailure(error);
    }
  }

  return (
    <ActionDialog
      title={`Revoke the key “${apiKey.name}”?`}
      lede={
        <p>
          Systems using it (<code>{visiblePartOf(apiKey.prefix)}</code>) are refused from their next request. This cannot
          be undone: to connect them again, create a new key.
        </p>
      }
      submitLabel="Revoke key"
      closeLabel="Keep the key"
      isDestructive
      placedFields={[]}
      onSubmit={submit}
      onClose={onClose}
    >
      {() => null}
    </ActionDialog>
  );
}
