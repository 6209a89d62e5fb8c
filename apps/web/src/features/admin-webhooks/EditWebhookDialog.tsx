import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { InputField } from '../../ui/Field';
import { formErrorsOfFailure, type FormErrors, type MutationError } from '../../ui/mutation-errors';
import { ActionDialog } from '../recruiter-proposal/ActionDialog';
import type { EventTypeInfo } from './event-type-groups';
import { choiceOf, EventTypeFields, eventTypeChoiceError, eventTypesToSend, type EventTypeChoice } from './EventTypeFields';
import { webhookFormErrors } from './webhook-form-errors';

export const EditWebhookDialog_Mutation = graphql(`
  mutation EditWebhookDialog_Mutation($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      __typename
      ... on UpdateWebhookEndpointSuccess {
        webhookEndpoint {
          id
          url
          description
          eventTypes
          ...EndpointSettings_endpoint
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

const FORM_FIELDS = ['url', 'description', 'eventTypes'] as const;

/** "Edit endpoint": its URL (checked again), description and events; the client limit stays as registered. */
export function EditWebhookDialog({
  endpoint,
  eventTypes,
  onSaved,
  onClose,
}: {
  endpoint: { id: string; url: string; description: string; eventTypes: readonly string[] };
  eventTypes: readonly EventTypeInfo[];
  onSaved: () => void;
  onClose: () => void;
}) {
  const [url, setUrl] = useState(endpoint.url);
  const [description, setDescription] = useState(endpoint.description);
  const [choice, setChoice] = useState<EventTypeChoice>(choiceOf(endpoint.eventTypes));
  const [update] = useMutation(EditWebhookDialog_Mutation);

  async function submit(): Promise<FormErrors | null> {
    const choiceError = eventTypeChoiceError(choice);
    if (choiceError) return { fields: { eventTypes: choiceError }, form: null, isStale: false };
    try {
      const { data } = await update({
        variables: {
          // The URL only when changed: the API checks it again (and its address), which an unchanged one needs not.
          input: { id: endpoint.id, description, eventTypes: eventTypesToSend(choice), ...(url !== endpoint.url ? { url } : {}) },
        },
      });
      const answer = data?.updateWebhookEndpoint;
      if (!answer) throw new Error('No answer from the server.');
      if (answer.__typename === 'UpdateWebhookEndpointSuccess') {
        onSaved();
        return null;
      }
      return webhookFormErrors(answer as MutationError, FORM_FIELDS);
    } catch (error) {
      return formErrorsOfFailure(error);
    }
  }

  return (
    <ActionDialog title="Edit endpoint" submitLabel="Save changes" placedFields={FORM_FIELDS} onSubmit={submit} onClose={onClose}>
      {(errors) => (
        <>
          <InputField
            label="URL"
            error={errors.url}
            value={url}
            onChange={setUrl}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            maxLength={2000}
          />
          <InputField label="Description" error={errors.description} value={description} onChange={setDescription} autoComplete="off" maxLength={200} />
          <EventTypeFields eventTypes={eventTypes} choice={choice} onChange={setChoice} error={errors.eventTypes} />
        </>
      )}
    </ActionDialog>
  );
}
