import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { InputField } from '../../ui/Field';
import { formErrorsOfFailure, type FormErrors, type MutationError } from '../../ui/mutation-errors';
import { ActionDialog } from '../recruiter-proposal/ActionDialog';
import { ClientField } from './ClientField';
import type { EventTypeInfo } from './event-type-groups';
import { choiceOf, EventTypeFields, eventTypeChoiceError, eventTypesToSend, type EventTypeChoice } from './EventTypeFields';
import { errorsOfUnchangedFields, webhookFormErrors } from './webhook-form-errors';

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
          clientCompany {
            id
            name
          }
          ...EndpointSettings_endpoint
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

const FORM_FIELDS = ['url', 'description', 'eventTypes', 'clientCompanyId'] as const;

/** "Edit endpoint": its URL (checked again), description, events and client limit. */
export function EditWebhookDialog({
  endpoint,
  eventTypes,
  clients,
  onSaved,
  onClose,
}: {
  endpoint: { id: string; url: string; description: string; eventTypes: readonly string[]; clientCompany: { id: string } | null };
  eventTypes: readonly EventTypeInfo[];
  clients: ReadonlyArray<{ id: string; name: string }>;
  onSaved: () => void;
  onClose: () => void;
}) {
  const [url, setUrl] = useState(endpoint.url);
  const [description, setDescription] = useState(endpoint.description);
  const [choice, setChoice] = useState<EventTypeChoice>(choiceOf(endpoint.eventTypes));
  const [clientCompanyId, setClientCompanyId] = useState(endpoint.clientCompany?.id ?? '');
  const [update] = useMutation(EditWebhookDialog_Mutation);

  // What the form holds now, and what it held when sent: an error shows only beside a field not changed since.
  const values = { url, description, eventTypes: choice, clientCompanyId };
  const [sent, setSent] = useState<typeof values | null>(null);

  async function submit(): Promise<FormErrors | null> {
    setSent(values);
    const choiceError = eventTypeChoiceError(choice);
    if (choiceError) return { fields: { eventTypes: choiceError }, form: null, isStale: false };
    try {
      const { data } = await update({
        variables: {
          // The URL only when changed: the API checks it again (and its address), which an unchanged one needs not.
          input: {
            id: endpoint.id,
            description,
            eventTypes: eventTypesToSend(choice),
            ...(url !== endpoint.url ? { url } : {}),
            // The client only when changed; "" (all clients) is sent as null, which clears the limit.
            ...(clientCompanyId !== (endpoint.clientCompany?.id ?? '') ? { clientCompanyId: clientCompanyId || null } : {}),
          },
        },
      });
      const answer = data?.updateWebhookEndpoint;
      if (!answer) throw new Error('No answer from the server.');
      if (answer.__typename === 'UpdateWebhookEndpointSuccess') {
        onSaved();
        return null;
      }
      // The client chosen is gone (deleted meanwhile): say so beside it.
      if (answer.__typename === 'NotFoundError' && answer.message.includes('client company')) {
        return { fields: { clientCompanyId: answer.message }, form: null, isStale: false };
      }
      return webhookFormErrors(answer as MutationError, FORM_FIELDS);
    } catch (error) {
      return formErrorsOfFailure(error);
    }
  }

  return (
    <ActionDialog title="Edit endpoint" submitLabel="Save changes" placedFields={FORM_FIELDS} onSubmit={submit} onClose={onClose}>
      {(allErrors) => {
        const errors = errorsOfUnchangedFields(allErrors, sent, values);
        return (
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
            <ClientField clients={clients} value={clientCompanyId} onChange={setClientCompanyId} error={errors.clientCompanyId} />
          </>
        );
      }}
    </ActionDialog>
  );
}
