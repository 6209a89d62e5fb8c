import { Field } from '../../ui/Field';

/** The client company an endpoint is limited to ("" for all clients), for the register and edit dialogs. */
export function ClientField({
  clients,
  value,
  onChange,
  error,
}: {
  clients: ReadonlyArray<{ id: string; name: string }>;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <Field
      label="Client"
      hint="Limit the endpoint to one client: it then gets only that client's jobs and their proposals and interviews, and no candidate events."
      error={error}
    >
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">All clients</option>
          {clients.map((client) => (
            <option key={client.id} value={client.id}>
              {client.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
