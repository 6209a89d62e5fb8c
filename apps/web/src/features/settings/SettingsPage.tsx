import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { InputField } from '../../ui/Field';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { PageLoading } from '../../ui/LoadError';
import { formErrorsForFields, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors, type MutationError } from '../../ui/mutation-errors';
import { newNotice, SuccessNotice, type Notice } from '../../ui/SuccessNotice';
import { TimeZoneSelect } from './TimeZoneSelect';
import '../admin-team/admin.css';

export const SettingsPage_Query = graphql(`
  query SettingsPage_Query {
    me {
      id
      name
      email
      timeZone
    }
  }
`);

export const SettingsPage_Mutation = graphql(`
  mutation SettingsPage_Mutation($input: UpdateMySettingsInput!) {
    updateMySettings(input: $input) {
      __typename
      ... on UpdateMySettingsSuccess {
        viewer {
          id
          name
          timeZone
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

const TITLE = 'Settings';
const FIELDS = ['name', 'timeZone'] as const;

/** Your own settings (everyone signed in): the name colleagues see and the time zone every time is written in. */
export default function SettingsPage(_props: PageProps) {
  const { data, error, refetch } = useQuery(SettingsPage_Query);
  const [name, setName] = useState('');
  const [timeZone, setTimeZone] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [save] = useMutation(SettingsPage_Mutation);
  const me = data?.me;
  useEffect(() => {
    if (me) {
      setName(me.name);
      setTimeZone(me.timeZone);
    }
  }, [me]);

  if (!me) {
    return (
      <PageLoading title={TITLE} what="your settings" error={error} onRetry={() => void refetch().catch(() => {})}>
        Loading your settings…
      </PageLoading>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    setNotice(null);
    try {
      const { data: answer } = await save({ variables: { input: { name, timeZone } } });
      const result = answer?.updateMySettings;
      if (!result) throw new Error('No answer from the server.');
      if (result.__typename === 'UpdateMySettingsSuccess') {
        setErrors(NO_FORM_ERRORS);
        setNotice(newNotice('Your settings are saved.'));
        return;
      }
      setErrors(formErrorsForFields(result as MutationError, FIELDS));
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    } catch (failure) {
      setErrors(formErrorsOfFailure(failure));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <main id="main" className="page settings">
      <header className="page__header">
        <h1>{TITLE}</h1>
        <p className="page__lede">Signed in as {me.email}.</p>
      </header>
      <SuccessNotice notice={notice} />
      <form ref={formRef} className="admin-form admin-form--narrow" onSubmit={submit} noValidate aria-label="Your settings">
        <InputField label="Name" value={name} onChange={setName} error={errors.fields.name} autoComplete="name" required />
        <TimeZoneSelect value={timeZone} onChange={setTimeZone} error={errors.fields.timeZone} />
        <p className="admin-table__sub">Every date and time in Shortlist and its e-mails is written in this zone.</p>
        <FormErrorNotice message={errors.form} />
        <div className="admin-form__actions">
          <button type="submit" className="button" disabled={isSaving}>
            {isSaving ? 'Saving…' : 'Save settings'}
          </button>
        </div>
      </form>
      <p>
        <Link href="/settings/notifications">E-mail settings</Link>: which e-mails you get, and how often.
      </p>
    </main>
  );
}
