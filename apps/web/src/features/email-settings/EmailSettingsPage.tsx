import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { EmailCategory, EmailFrequency } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { PageLoading } from '../../ui/LoadError';
import { formErrorsOf, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors } from '../../ui/mutation-errors';
import { newNotice, SuccessNotice, type Notice } from '../../ui/SuccessNotice';
import { emailCategoryHintForStaff, emailCategoryInWords } from '../../words/email-category-in-words';
import { emailFrequencyInWords } from '../../words/email-frequency-in-words';
import './email-settings.css';

export const EmailSettingsPage_Query = graphql(`
  query EmailSettingsPage_Query {
    me {
      id
      email
      role
    }
    emailPreferences {
      category
      frequency
      allowedFrequencies
      updatedAt
    }
  }
`);

export const UpdateEmailPreferences_Mutation = graphql(`
  mutation UpdateEmailPreferences_Mutation($input: UpdateEmailPreferencesInput!) {
    updateEmailPreferences(input: $input) {
      __typename
      ... on UpdateEmailPreferencesSuccess {
        preferences {
          category
          frequency
          allowedFrequencies
          updatedAt
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

type Choices = Partial<Record<EmailCategory, EmailFrequency>>;

/** `/settings/notifications`: how each kind of e-mail reaches the signed-in person (any role). */
export default function EmailSettingsPage(_props: PageProps) {
  const { data, error, refetch } = useQuery(EmailSettingsPage_Query);
  const [save, { loading: isSaving }] = useMutation(UpdateEmailPreferences_Mutation, {
    update(cache, { data: answer }) {
      const result = answer?.updateEmailPreferences;
      if (result?.__typename !== 'UpdateEmailPreferencesSuccess') return;
      cache.updateQuery({ query: EmailSettingsPage_Query }, (current) => (current ? { ...current, emailPreferences: result.preferences } : current));
    },
  });
  // The person's unsaved choices; what the server holds shows through where they changed nothing.
  const [choices, setChoices] = useState<Choices>({});
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [notice, setNotice] = useState<Notice | null>(null);

  if (!data) {
    return (
      <PageLoading title="E-mail settings" what="your e-mail settings" error={error} onRetry={() => void refetch().catch(() => {})}>
        Loading your e-mail settings…
      </PageLoading>
    );
  }

  const preferences = data.emailPreferences;
  const isStaff = data.me?.role === 'RECRUITER' || data.me?.role === 'ADMIN';
  const changed = preferences.filter((p) => choices[p.category] !== undefined && choices[p.category] !== p.frequency);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    if (changed.length === 0) {
      setNotice(newNotice('Nothing to save: your settings are as shown.'));
      return;
    }
    const input = { preferences: changed.map((p) => ({ category: p.category, frequency: choices[p.category]! })) };
    try {
      const { data: answer } = await save({ variables: { input } });
      const result = answer?.updateEmailPreferences;
      if (!result) return;
      if (result.__typename === 'UpdateEmailPreferencesSuccess') {
        setChoices({});
        setErrors(NO_FORM_ERRORS);
        setNotice(newNotice('Your e-mail settings are saved.'));
      } else {
        // Field paths name positions in what was sent ("preferences.1.frequency"): put each by its category.
        const found = formErrorsOf(result);
        const fields: Record<string, string> = {};
        for (const [path, message] of Object.entries(found.fields)) {
          const index = Number(/^preferences\.(\d+)\./.exec(path)?.[1]);
          const category = input.preferences[index]?.category;
          if (category) fields[category] = message;
          else found.form ??= message;
        }
        setErrors({ ...found, fields });
      }
    } catch (failure) {
      setErrors(formErrorsOfFailure(failure));
    }
  }

  return (
    <main id="main" className="page email-settings">
      <header className="page__header">
        <h1>E-mail settings</h1>
        <p className="page__lede">
          Choose how each kind of e-mail reaches you at <strong>{data.me?.email}</strong>. Your{' '}
          <Link href="/notifications">notifications</Link> in Shortlist stay on whatever you choose here.
        </p>
      </header>

      <SuccessNotice notice={notice} />
      <FormErrorNotice message={errors.form} />

      <form className="card email-settings__form" onSubmit={(event) => void submit(event)} noValidate>
        {preferences.map((preference) => {
          const words = emailCategoryInWords[preference.category];
          const selected = choices[preference.category] ?? preference.frequency;
          const error = errors.fields[preference.category];
          const hintId = `email-settings-${preference.category}-hint`;
          const errorId = `email-settings-${preference.category}-error`;
          return (
            <fieldset
              key={preference.category}
              className="email-settings__category"
              aria-describedby={[error ? errorId : null, hintId].filter(Boolean).join(' ')}
            >
              <legend>{words.label}</legend>
              <p className="field__hint" id={hintId}>
                {(isStaff && emailCategoryHintForStaff[preference.category]) || words.hint}
                {preference.allowedFrequencies.includes('DAILY_DIGEST') ? '' : ' No digest: a day late, these are no use.'}
              </p>
              <div className="email-settings__choices">
                {preference.allowedFrequencies.map((frequency) => (
                  <label key={frequency} className="checkbox">
                    <input
                      type="radio"
                      name={preference.category}
                      value={frequency}
                      checked={selected === frequency}
                      onChange={() => {
                        setChoices((before) => ({ ...before, [preference.category]: frequency }));
                        setNotice(null);
                      }}
                    />
                    {emailFrequencyInWords[frequency]}
                  </label>
                ))}
              </div>
              {error && (
                <p className="field__error" id={errorId}>
                  {error}
                </p>
              )}
            </fieldset>
          );
        })}
        <div className="email-settings__actions">
          <button type="submit" className="button" disabled={isSaving}>
            {isSaving ? 'Saving…' : 'Save settings'}
          </button>
          {changed.length > 0 && <span className="email-settings__unsaved">Unsaved changes</span>}
        </div>
      </form>
    </main>
  );
}
