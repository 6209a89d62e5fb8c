import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { StaffRole } from '../../gql/graphql';
import { Field, InputField } from '../../ui/Field';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { formErrorsForFields, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors, type MutationError } from '../../ui/mutation-errors';

export const InviteMemberForm_Mutation = graphql(`
  mutation InviteMemberForm_Mutation($input: InviteTeamMemberInput!) {
    inviteTeamMember(input: $input) {
      __typename
      ... on InviteTeamMemberSuccess {
        member {
          id
          ...TeamMemberRow_member
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

const FIELDS = ['email', 'name', 'role'] as const;

/** Invite by e-mail: name, e-mail and role; the invitation e-mail carries a link valid 7 days. */
export function InviteMemberForm({ onInvited, onCancel }: { onInvited: (email: string) => void; onCancel: () => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('RECRUITER');
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [isSending, setIsSending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [invite] = useMutation(InviteMemberForm_Mutation, { refetchQueries: ['TeamPage_Query'] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSending(true);
    try {
      const { data } = await invite({ variables: { input: { email, name, role } } });
      const answer = data?.inviteTeamMember;
      if (!answer) throw new Error('No answer from the server.');
      if (answer.__typename === 'InviteTeamMemberSuccess') {
        onInvited(email.trim().toLowerCase());
        return;
      }
      const next = formErrorsForFields(answer as MutationError, FIELDS);
      setErrors(next);
      // Focus the first field to fix (after the render that draws its error).
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    } catch (error) {
      setErrors(formErrorsOfFailure(error));
    } finally {
      setIsSending(false);
    }
  }

  return (
    <form ref={formRef} className="admin-form" aria-label="Invite a team member" onSubmit={submit} noValidate>
      <InputField label="Name" value={name} onChange={setName} error={errors.fields.name} autoComplete="off" required autoFocus />
      <InputField label="E-mail" type="email" value={email} onChange={setEmail} error={errors.fields.email} autoComplete="off" required />
      <Field label="Role" error={errors.fields.role}>
        {(control) => (
          <select {...control} value={role} onChange={(event) => setRole(event.target.value as StaffRole)}>
            <option value="RECRUITER">Recruiter</option>
            <option value="ADMIN">Admin</option>
          </select>
        )}
      </Field>
      <FormErrorNotice message={errors.form} />
      <div className="admin-form__actions">
        <button type="submit" className="button" disabled={isSending}>
          {isSending ? 'Sending…' : 'Send invitation'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
