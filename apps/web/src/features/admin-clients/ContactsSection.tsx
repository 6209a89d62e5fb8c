import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { InputField } from '../../ui/Field';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { formErrorsForFields, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors, type MutationError } from '../../ui/mutation-errors';

export const ContactsSection_Add = graphql(`
  mutation ContactsSection_Add($input: AddClientContactInput!) {
    addClientContact(input: $input) {
      __typename
      ... on AddClientContactSuccess { clientCompany { id contacts { id name email phone title } } }
      ...MutationErrors_error @unmask
    }
  }
`);
export const ContactsSection_Update = graphql(`
  mutation ContactsSection_Update($input: UpdateClientContactInput!) {
    updateClientContact(input: $input) {
      __typename
      ... on UpdateClientContactSuccess { clientCompany { id contacts { id name email phone title } } }
      ...MutationErrors_error @unmask
    }
  }
`);
export const ContactsSection_Remove = graphql(`
  mutation ContactsSection_Remove($input: RemoveClientContactInput!) {
    removeClientContact(input: $input) {
      __typename
      ... on RemoveClientContactSuccess { clientCompany { id contacts { id name email phone title } } }
      ...MutationErrors_error @unmask
    }
  }
`);

type Contact = { id: string; name: string; email: string; phone: string | null; title: string | null };
type ContactDetails = { name: string; email: string; phone: string; title: string };
const FIELDS = ['contact.name', 'contact.email', 'contact.phone', 'contact.title'] as const;

function ContactForm({ initial, label, submitLabel, save, onCancel }: { initial: ContactDetails; label: string; submitLabel: string; save: (c: ContactDetails) => Promise<FormErrors | null>; onCancel?: () => void }) {
  const [contact, setContact] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const change = (patch: Partial<ContactDetails>) => setContact((current) => ({ ...current, ...patch }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    try {
      const found = await save(contact);
      setErrors(found ?? NO_FORM_ERRORS);
      if (found) requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      else if (!onCancel) setContact({ name: '', email: '', phone: '', title: '' });
    } catch (failure) {
      setErrors(formErrorsOfFailure(failure));
    } finally {
      setIsSaving(false);
    }
  }
  return (
    <form ref={formRef} className="admin-form" aria-label={label} onSubmit={submit} noValidate>
      <InputField label="Name" value={contact.name} onChange={(name) => change({ name })} error={errors.fields['contact.name']} autoComplete="off" required />
      <InputField label="E-mail" type="email" value={contact.email} onChange={(email) => change({ email })} error={errors.fields['contact.email']} autoComplete="off" required />
      <InputField label="Phone" type="tel" value={contact.phone} onChange={(phone) => change({ phone })} error={errors.fields['contact.phone']} autoComplete="off" />
      <InputField label="Job title" value={contact.title} onChange={(title) => change({ title })} error={errors.fields['contact.title']} autoComplete="off" />
      <FormErrorNotice message={errors.form} />
      <div className="admin-form__actions">
        <button type="submit" className="button" disabled={isSaving}>
          {isSaving ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

const answerErrors = (result: { __typename: string } | undefined) => {
  if (!result) throw new Error('No answer from the server.');
  return result.__typename.endsWith('Success') ? null : formErrorsForFields(result as MutationError, FIELDS);
};

/** A client company's contacts: add one, edit or remove each (agency admins). */
export function ContactsSection({ clientCompanyId, contacts }: { clientCompanyId: string; contacts: readonly Contact[] }) {
  const [add] = useMutation(ContactsSection_Add);
  const [update] = useMutation(ContactsSection_Update);
  const [remove] = useMutation(ContactsSection_Remove);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const asInput = (c: ContactDetails) => ({ name: c.name, email: c.email, phone: c.phone || null, title: c.title || null });
  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Contacts</h2>
      {contacts.length === 0 && <p>No contacts yet.</p>}
      <ul className="admin-contacts">
        {contacts.map((contact) =>
          editingId === contact.id ? (
            <li key={contact.id}>
              <ContactForm
                label={`Edit ${contact.name}`}
                submitLabel="Save contact"
                initial={{ name: contact.name, email: contact.email, phone: contact.phone ?? '', title: contact.title ?? '' }}
                onCancel={() => setEditingId(null)}
                save={async (c) => {
                  const { data } = await update({ variables: { input: { contactId: contact.id, contact: asInput(c) } } });
                  const found = answerErrors(data?.updateClientContact);
                  if (!found) setEditingId(null);
                  return found;
                }}
              />
            </li>
          ) : (
            <li key={contact.id} className="admin-contact">
              <strong>{contact.name}</strong>
              {contact.title ? `, ${contact.title}` : ''}
              <span className="admin-table__sub">
                {contact.email}
                {contact.phone ? ` · ${contact.phone}` : ''}
              </span>
              <div className="admin-actions">
                <button type="button" className="button button--secondary button--sm" onClick={() => setEditingId(contact.id)}>
                  Edit<span className="visually-hidden"> {contact.name}</span>
                </button>
                <button
                  type="button"
                  className="button button--quiet button--sm"
                  onClick={async () => {
                    setProblem(null);
                    try {
                      const { data } = await remove({ variables: { input: { contactId: contact.id } } });
                      const found = answerErrors(data?.removeClientContact);
                      if (found) setProblem(found.form);
                    } catch (failure) {
                      setProblem(formErrorsOfFailure(failure).form);
                    }
                  }}
                >
                  Remove<span className="visually-hidden"> {contact.name}</span>
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      <FormErrorNotice message={problem} />
      <h3>Add a contact</h3>
      <ContactForm
        label="Add a contact"
        submitLabel="Add contact"
        initial={{ name: '', email: '', phone: '', title: '' }}
        save={async (c) => {
          const { data } = await add({ variables: { input: { clientCompanyId, contact: asInput(c) } } });
          return answerErrors(data?.addClientContact);
        }}
      />
    </section>
  );
}
