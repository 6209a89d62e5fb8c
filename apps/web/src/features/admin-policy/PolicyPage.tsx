import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { PageProps } from '../../routes/routes';
import { NumberField } from '../../ui/Field';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { PageLoading } from '../../ui/LoadError';
import { formErrorsOfFailure, formErrorsForFields, NO_FORM_ERRORS, type FormErrors, type MutationError } from '../../ui/mutation-errors';
import { newNotice, SuccessNotice, type Notice } from '../../ui/SuccessNotice';
import { AdminNav } from '../admin-team/AdminNav';
import { policyFromForm } from './policy-from-form';
import '../admin-team/admin.css';

export const PolicyPage_Query = graphql(`
  query PolicyPage_Query {
    me {
      id
      agency {
        id
        name
        cancellationPolicy {
          lateNoticeMinutes
          noShowGraceMinutes
        }
      }
    }
  }
`);

export const PolicyPage_Mutation = graphql(`
  mutation PolicyPage_Mutation($input: UpdateCancellationPolicyInput!) {
    updateCancellationPolicy(input: $input) {
      __typename
      ... on UpdateCancellationPolicySuccess {
        agency {
          id
          cancellationPolicy {
            lateNoticeMinutes
            noShowGraceMinutes
          }
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

const TITLE = 'Cancellation policy';

/** Admin → Cancellation policy: when a cancellation counts as late, and how long after the start a no-show can be recorded. */
export default function PolicyPage(_props: PageProps) {
  const { data, error, refetch } = useQuery(PolicyPage_Query);
  const [hours, setHours] = useState('');
  const [grace, setGrace] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [save] = useMutation(PolicyPage_Mutation);
  const policy = data?.me?.agency.cancellationPolicy;
  useEffect(() => {
    if (policy) {
      setHours(String(policy.lateNoticeMinutes / 60));
      setGrace(String(policy.noShowGraceMinutes));
    }
  }, [policy]);

  if (!data?.me || !policy) {
    return (
      <PageLoading title={TITLE} what="the policy" error={error} onRetry={() => void refetch().catch(() => {})}>
        Loading the policy…
      </PageLoading>
    );
  }
  const agencyName = data.me.agency.name;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const parsed = policyFromForm(hours, grace);
    if ('fields' in parsed) {
      setErrors({ fields: parsed.fields, form: null, isStale: false });
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setIsSaving(true);
    try {
      const { data: answer } = await save({ variables: { input: parsed } });
      const result = answer?.updateCancellationPolicy;
      if (!result) throw new Error('No answer from the server.');
      if (result.__typename === 'UpdateCancellationPolicySuccess') {
        setErrors(NO_FORM_ERRORS);
        setNotice(newNotice('The policy is saved. It applies to cancellations and no-shows from now on.'));
        return;
      }
      const found = formErrorsForFields(result as MutationError, ['lateNoticeMinutes', 'noShowGraceMinutes']);
      setErrors({ ...found, fields: { lateNoticeHours: found.fields.lateNoticeMinutes ?? '', noShowGraceMinutes: found.fields.noShowGraceMinutes ?? '' } });
    } catch (failure) {
      setErrors(formErrorsOfFailure(failure));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <main id="main" className="page admin-policy">
      <AdminNav />
      <header className="page__header">
        <h1>{TITLE}</h1>
        <p className="page__lede">Late cancellations are recorded and shown honestly, never blocked. The same rules hold for candidates, clients and your recruiters.</p>
      </header>
      <SuccessNotice notice={notice} />
      <form ref={formRef} className="admin-form admin-form--narrow" onSubmit={submit} noValidate aria-label="Cancellation policy">
        <NumberField
          label="Late-notice threshold (hours)"
          value={hours}
          onChange={setHours}
          min={0}
          max={336}
          step={0.25}
          error={errors.fields.lateNoticeHours || undefined}
          hint={`Cancelling an interview with less notice than this counts as late on ${agencyName}'s and the candidate's record. 0 to 336 hours (14 days).`}
        />
        <NumberField
          label="No-show grace (minutes)"
          value={grace}
          onChange={setGrace}
          min={5}
          max={120}
          error={errors.fields.noShowGraceMinutes || undefined}
          hint="How long after an interview's start someone can record that a party did not come. 5 to 120 minutes."
        />
        <FormErrorNotice message={errors.form} />
        <div className="admin-form__actions">
          <button type="submit" className="button" disabled={isSaving}>
            {isSaving ? 'Saving…' : 'Save policy'}
          </button>
        </div>
      </form>
    </main>
  );
}
