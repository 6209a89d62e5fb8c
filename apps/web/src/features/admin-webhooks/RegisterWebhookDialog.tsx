import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { InputField } from '../../ui/Field';
import { formErrorsOfFailure, type FormErrors, type MutationError } from '../../ui/mutation-errors';
import { ActionDialog } from '../recruiter-proposal/ActionDialog';
import { ClientField } from './ClientField';
import type { EventTypeInfo } from './event-type-groups';
import { EventTypeFields, eventTypeChoiceError, eventTypesToSend, type EventTypeChoice } from './EventTypeFields';
import { errorsOfUnchangedFields, webhookFormErrors } from './webhook-form-errors';

export const RegisterWebhookDialog_Mutation = graphql(`
  mutation RegisterWebhookDialog_Mutation($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      __typename
      ... on CreateWebhookEndpointSuccess {
        secret
        webhookEndpoint {
          id
          url
          description
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/** The input fields this form shows errors beside (the API's field paths). */
const FORM_FIELDS = ['url', 'description', 'eventTypes', 'clientCompanyId'] as const;

/** An endpoint just registered, with its secret: the only moment the secret is known outside the receiver. */
export type RegisteredEndpoint = { id: string; name: string; secret: string };

/**
 * "Register endpoint": where to POST, what it is for, which events (all, or chosen by kind), and optionally one
 * client company to limit it to. The API checks the address (http(s), not a private one unless the agency allows
 * it) and its messages appear beside the fields.
 */
export function RegisterWebhookDialog({
  eventTypes,
  clients,
  onRegistered,
  onClose,
}: {
  eventTypes: readonly EventTypeInfo[];
  clients: ReadonlyArray<{ id: string; name: string }>;
  onRegistered: (endpoint: RegisteredEndpoint) => void;
  onClose: () => void;
}) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [choice, setChoice] = useState<EventTypeChoice>({ isAll: false, chosen: [] });
  const [clientCompanyId, setClientCompanyId] = useState('');
  const [register] = useMutation(RegisterWebhookDialog_Mutation);

  // What the form holds now, and what it held when sent: an error shows only beside a field not changed since.
  const values = { url, description, eventTypes: choice, clientCompanyId };
  const [sent, setSent] = useState<typeof values | null>(null);

  async function submit(): Promise<FormErrors | null> {
    setSent(values);
    const choiceError = eventTypeChoiceError(choice);
    if (choiceError) return { fields: { eventTypes: choiceError }, form: null, isStale: false };
    try {
      const { data } = await register({
        variables: {
          input: { url, description, eventTypes: eventTypesToSend(choice), ...(clientCompanyId ? { clientCompanyId } : {}) },
        },
      });
      const answer = data?.createWebhookEndpoint;
      if (!answer) throw new Error('No answer from the server.');
      if (answer.__typename === 'CreateWebhookEndpointSuccess') {
        const { webhookEndpoint } = answer;
        onRegistered({ id: webhookEndpoint.id, name: webhookEndpoint.description || webhookEndpoint.url, secret: answer.secret });
        return null;
      }
      if (answer.__typename === 'NotFoundError') return { fields: { clientCompanyId: answer.message }, form: null, isStale: false };
      return webhookFormErrors(answer as MutationError, FORM_FIELDS);
    } catch (error) {
      return formErrorsOfFailure(error);
    }
  }

  return (
    <ActionDialog
      title="Register a webhook endpoint"
      lede="Shortlist will POST each chosen change to this address, signed with a secret shown once, right after you register it."
      submitLabel="Register endpoint"
      placedFields={FORM_FIELDS}
      onSubmit={submit}
      onClose={onClose}
    >
      {(allErrors) => {
        const errors = errorsOfUnchangedFields(allErrors, sent, values);
        return (
          <>
            <InputField
              label="URL"
              hint="Where the receiving system listens, e.g. https://hr.example.com/shortlist/webhooks."
              error={errors.url}
              value={url}
              onChange={setUrl}
              type="url"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              maxLength={2000}
            />
            <InputField
              label="Description"
              hint="What the endpoint is for, e.g. “Acme HR sync” (optional)."
              error={errors.description}
              value={description}
              onChange={setDescription}
              autoComplete="off"
              maxLength={200}
            />
            <EventTypeFields eventTypes={eventTypes} choice={choice} onChange={setChoice} error={errors.eventTypes} />
            <ClientField clients={clients} value={clientCompanyId} onChange={setClientCompanyId} error={errors.clientCompanyId} />
          </>
        );
      }}
    </ActionDialog>
  );
}
