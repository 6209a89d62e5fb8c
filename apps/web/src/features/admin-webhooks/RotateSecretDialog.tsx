import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { NumberField } from '../../ui/Field';
import { formErrorsForFields, formErrorsOfFailure, type FormErrors, type MutationError } from '../../ui/mutation-errors';
import { ActionDialog } from '../recruiter-proposal/ActionDialog';

export const RotateSecretDialog_Mutation = graphql(`
  mutation RotateSecretDialog_Mutation($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      __typename
      ... on RotateWebhookSecretSuccess {
        secret
        webhookEndpoint {
          id
          previousSecretExpiresAt
          ...EndpointSettings_endpoint
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

const FORM_FIELDS = ['overlapHours'] as const;

/** A new secret, and until when the previous one still signs (null: it stopped at once). */
export type RotatedSecret = { secret: string; previousSecretExpiresAt: string | null };

/**
 * "Rotate secret": a new signing secret, shown once; for the overlap hours each delivery carries a signature with
 * the old secret too, so the receiver can switch without missing one.
 */
export function RotateSecretDialog({ endpointId, onRotated, onClose }: { endpointId: string; onRotated: (rotated: RotatedSecret) => void; onClose: () => void }) {
  const [overlapHours, setOverlapHours] = useState('24');
  const [rotate] = useMutation(RotateSecretDialog_Mutation);

  async function submit(): Promise<FormErrors | null> {
    const hours = Number(overlapHours);
    if (overlapHours.trim() === '' || !Number.isInteger(hours)) {
      return { fields: { overlapHours: 'Enter a whole number of hours, from 0 to 168.' }, form: null, isStale: false };
    }
    try {
      const { data } = await rotate({ variables: { input: { id: endpointId, overlapHours: hours } } });
      const answer = data?.rotateWebhookSecret;
      if (!answer) throw new Error('No answer from the server.');
      if (answer.__typename === 'RotateWebhookSecretSuccess') {
        onRotated({ secret: answer.secret, previousSecretExpiresAt: answer.webhookEndpoint.previousSecretExpiresAt });
        return null;
      }
      return formErrorsForFields(answer as MutationError, FORM_FIELDS);
    } catch (error) {
      return formErrorsOfFailure(error);
    }
  }

  return (
    <ActionDialog
      title="Rotate the signing secret?"
      lede="A new secret is made and shown once. Store it in the receiving system before the overlap ends."
      submitLabel="Rotate secret"
      placedFields={FORM_FIELDS}
      onSubmit={submit}
      onClose={onClose}
    >
      {(errors) => (
        <NumberField
          label="Overlap (hours)"
          hint="For this long each delivery is signed with the old secret too, so the receiver keeps accepting them while it switches. 0 stops the old secret at once; at most 168 (a week)."
          error={errors.overlapHours}
          value={overlapHours}
          onChange={setOverlapHours}
          min={0}
          max={168}
        />
      )}
    </ActionDialog>
  );
}
