import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import type { ApiKeyScope } from '../../gql/graphql';
import { Field, InputField } from '../../ui/Field';
import { formErrorsForFields, formErrorsOfFailure, type FormErrors, type MutationError } from '../../ui/mutation-errors';
import { ActionDialog } from '../recruiter-proposal/ActionDialog';
import { API_KEY_SCOPE_ORDER, API_KEY_SCOPES } from './api-key-scopes';

export const CreateApiKeyDialog_Mutation = graphql(`
  mutation CreateApiKeyDialog_Mutation($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreateApiKeySuccess {
        secret
        apiKey {
          id
          name
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/** The input fields this form shows errors beside (the API's field paths). */
const FORM_FIELDS = ['name', 'scopes', 'clientCompanyId'] as const;

/** A key just created: the only moment its secret is known outside the partner system. */
export type CreatedKey = { id: string; name: string; secret: string };

/**
 * "New API key": a name, the scopes (each with what it allows), and optionally one client company to limit it to.
 * The API's typed errors appear beside their fields; the only NotFoundError it gives is about the client company.
 */
export function CreateApiKeyDialog({
  clients,
  onCreated,
  onClose,
}: {
  clients: ReadonlyArray<{ id: string; name: string }>;
  onCreated: (key: CreatedKey) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>([]);
  const [clientCompanyId, setClientCompanyId] = useState('');
  const [createApiKey] = useMutation(CreateApiKeyDialog_Mutation);

  function toggleScope(scope: ApiKeyScope) {
    setScopes((chosen) => (chosen.includes(scope) ? chosen.filter((s) => s !== scope) : [...chosen, scope]));
  }

  async function submit(): Promise<FormErrors | null> {
    try {
      const { data } = await createApiKey({
        variables: { input: { name, scopes, ...(clientCompanyId ? { clientCompanyId } : {}) } },
      });
      const answer = data?.createApiKey;
      if (!answer) throw new Error('No answer from the server.');
      if (answer.__typename === 'CreateApiKeySuccess') {
        onCreated({ id: answer.apiKey.id, name: answer.apiKey.name, secret: answer.secret });
        return null;
      }
      if (answer.__typename === 'NotFoundError') return { fields: { clientCompanyId: answer.message }, form: null, isStale: false };
      return formErrorsForFields(answer as MutationError, FORM_FIELDS);
    } catch (error) {
      return formErrorsOfFailure(error);
    }
  }

  return (
    <ActionDialog
      title="New API key"
      lede="The key is shown once, right after you create it: have the partner system's settings open to paste it into."
      submitLabel="Create key"
      placedFields={FORM_FIELDS}
      onSubmit={submit}
      onClose={onClose}
    >
      {(errors) => (
        <>
          <InputField
            label="Name"
            hint="Who or what will use the key, e.g. “Acme careers site”."
            error={errors.name}
            value={name}
            onChange={setName}
            autoComplete="off"
            maxLength={100}
          />
          <fieldset className="scope-choices" aria-describedby={`${id}-scopes-hint`}>
            <legend>Access</legend>
            <p className="field__hint" id={`${id}-scopes-hint`}>
              Give the system only what it needs.
            </p>
            {errors.scopes && (
              <p className="field__error" id={`${id}-scopes-error`}>
                {errors.scopes}
              </p>
            )}
            <div className="scope-choices__list">
              {API_KEY_SCOPE_ORDER.map((scope) => (
                <div key={scope} className="scope-choice">
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={scopes.includes(scope)}
                      onChange={() => toggleScope(scope)}
                      aria-invalid={errors.scopes ? true : undefined}
                      // The error first (it is why the box is marked), then what the scope allows.
                      aria-describedby={[errors.scopes ? `${id}-scopes-error` : null, `${id}-${scope}`].filter(Boolean).join(' ')}
                    />
                    <span className="scope-choice__name">{API_KEY_SCOPES[scope].name}</span>
                  </label>
                  <p className="field__hint scope-choice__allows" id={`${id}-${scope}`}>
                    {API_KEY_SCOPES[scope].allows}
                  </p>
                </div>
              ))}
            </div>
          </fieldset>
          <Field
            label="Client"
            hint="Limit the key to one client: it then sees only that client's jobs, and the candidates and proposals for them."
            error={errors.clientCompanyId}
          >
            {(control) => (
              <select {...control} value={clientCompanyId} onChange={(event) => setClientCompanyId(event.target.value)}>
                <option value="">All clients</option>
                {clients.map((client) => (
                  <option key={client.id} value={client.id}>
                    {client.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
    </ActionDialog>
  );
}
