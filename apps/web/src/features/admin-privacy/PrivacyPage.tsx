import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { PageProps } from '../../routes/routes';
import { NumberField } from '../../ui/Field';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { browserTimeZone, formatDateTime } from '../../ui/format-date-time';
import { PageLoading } from '../../ui/LoadError';
import { formErrorsOf, formErrorsOfFailure, formErrorsForFields, NO_FORM_ERRORS, type FormErrors, type MutationError } from '../../ui/mutation-errors';
import { newNotice, SuccessNotice, type Notice } from '../../ui/SuccessNotice';
import { AdminNav } from '../admin-team/AdminNav';
import { retentionFromForm } from './retention-from-form';
import '../admin-team/admin.css';

export const PrivacyPage_Query = graphql(`
  query PrivacyPage_Query {
    me {
      id
      agency {
        id
        name
        dataRetentionMonths
        erasureGraceDays
      }
    }
    pendingErasureRequests {
      id
      source
      requestedAt
      dueAt
      candidate {
        id
        fullName
      }
    }
  }
`);

export const PrivacyPage_Policy = graphql(`
  mutation PrivacyPage_Policy($input: UpdateDataRetentionPolicyInput!) {
    updateDataRetentionPolicy(input: $input) {
      __typename
      ... on UpdateDataRetentionPolicySuccess {
        agency {
          id
          dataRetentionMonths
          erasureGraceDays
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export const PrivacyPage_Cancel = graphql(`
  mutation PrivacyPage_Cancel($input: CancelErasureInput!) {
    cancelErasure(input: $input) {
      __typename
      ... on CancelErasureSuccess {
        erasureRequest {
          id
          isPending
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

const TITLE = 'Privacy';
const SOURCE_WORDS = { CANDIDATE: 'the candidate', ADMIN: 'an admin', RETENTION: 'the retention policy' } as const;

/** Admin → Privacy: the retention policy and grace period, and the requests to be forgotten waiting for their date. */
export default function PrivacyPage(_props: PageProps) {
  const { data, error, refetch } = useQuery(PrivacyPage_Query);
  const [months, setMonths] = useState('');
  const [grace, setGrace] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [listError, setListError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [save] = useMutation(PrivacyPage_Policy);
  const [cancel] = useMutation(PrivacyPage_Cancel);
  const agency = data?.me?.agency;
  useEffect(() => {
    if (agency) {
      setMonths(agency.dataRetentionMonths === null || agency.dataRetentionMonths === undefined ? '' : String(agency.dataRetentionMonths));
      setGrace(String(agency.erasureGraceDays));
    }
  }, [agency]);

  if (!data?.me || !agency) {
    return (
      <PageLoading title={TITLE} what="the privacy settings" error={error} onRetry={() => void refetch().catch(() => {})}>
        Loading the privacy settings…
      </PageLoading>
    );
  }
  const zone = browserTimeZone();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const parsed = retentionFromForm(months, grace);
    if ('fields' in parsed) {
      setErrors({ fields: parsed.fields, form: null, isStale: false });
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setIsSaving(true);
    try {
      const result = (await save({ variables: { input: parsed } })).data?.updateDataRetentionPolicy;
      if (!result) throw new Error('No answer from the server.');
      if (result.__typename === 'UpdateDataRetentionPolicySuccess') {
        setErrors(NO_FORM_ERRORS);
        setNotice(newNotice(parsed.dataRetentionMonths === null ? 'Saved. No retention policy: candidates are kept until they ask to be forgotten.' : 'The policy is saved.'));
        return;
      }
      setErrors(formErrorsForFields(result as MutationError, ['dataRetentionMonths', 'erasureGraceDays']));
    } catch (failure) {
      setErrors(formErrorsOfFailure(failure));
    } finally {
      setIsSaving(false);
    }
  }

  async function cancelRequest(id: string, name: string) {
    setListError(null);
    try {
      const result = (await cancel({ variables: { input: { erasureRequestId: id } } })).data?.cancelErasure;
      if (!result) throw new Error('No answer from the server.');
      if (result.__typename === 'CancelErasureSuccess') setNotice(newNotice(`The erasure of ${name}'s data is cancelled.`));
      else setListError(formErrorsOf(result as MutationError).form);
      await refetch();
    } catch (failure) {
      setListError(formErrorsOfFailure(failure).form);
    }
  }

  return (
    <main id="main" className="page admin-privacy">
      <AdminNav />
      <header className="page__header">
        <h1>{TITLE}</h1>
        <p className="page__lede">How long {agency.name} keeps candidates who no longer take part, and the requests to be forgotten waiting for their date.</p>
      </header>
      <SuccessNotice notice={notice} />
      <form ref={formRef} className="admin-form admin-form--narrow" onSubmit={submit} noValidate aria-label="Retention policy">
        <NumberField
          label="Ask inactive candidates after (months)"
          value={months}
          onChange={setMonths}
          min={6}
          max={120}
          error={errors.fields.dataRetentionMonths || undefined}
          hint="Candidates with no profile change, proposal activity or sign-in for this long are e-mailed to renew their consent, and erased if they do not. 6 to 120 months; empty for no policy."
        />
        <NumberField
          label="Grace period (days)"
          value={grace}
          onChange={setGrace}
          min={7}
          max={90}
          error={errors.fields.erasureGraceDays || undefined}
          hint="Between a request to be forgotten and the erasure (it can be cancelled meanwhile), and to renew consent when asked. 7 to 90 days."
        />
        <FormErrorNotice message={errors.form} />
        <div className="admin-form__actions">
          <button type="submit" className="button" disabled={isSaving}>
            {isSaving ? 'Saving…' : 'Save policy'}
          </button>
        </div>
      </form>
      <section aria-labelledby="privacy-pending">
        <h2 id="privacy-pending">Pending erasures</h2>
        <FormErrorNotice message={listError} />
        {data.pendingErasureRequests.length === 0 ? (
          <p>No one is waiting to be forgotten.</p>
        ) : (
          <table className="admin-table">
            <caption className="visually-hidden">Requests to be forgotten, soonest first</caption>
            <thead>
              <tr>
                <th scope="col">Candidate</th>
                <th scope="col">Asked by</th>
                <th scope="col">Asked on</th>
                <th scope="col">Erased on</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.pendingErasureRequests.map((request) => (
                <tr key={request.id}>
                  <td>{request.candidate.fullName}</td>
                  <td>{SOURCE_WORDS[request.source]}</td>
                  <td>{formatDateTime(request.requestedAt, zone)}</td>
                  <td>{formatDateTime(request.dueAt, zone)}</td>
                  <td>
                    <button type="button" className="button button--secondary" onClick={() => void cancelRequest(request.id, request.candidate.fullName)}>
                      Cancel<span className="visually-hidden"> the erasure of {request.candidate.fullName}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
