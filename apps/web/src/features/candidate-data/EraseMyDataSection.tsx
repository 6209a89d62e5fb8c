import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { browserTimeZone, formatDateTime } from '../../ui/format-date-time';
import { CheckboxField } from '../../ui/Field';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { LoadError, Loading } from '../../ui/LoadError';
import { formErrorsOf, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors, type MutationError } from '../../ui/mutation-errors';

export const EraseMyDataSection_Query = graphql(`
  query EraseMyDataSection_Query {
    me {
      id
      agency {
        id
        name
        erasureGraceDays
      }
    }
    myErasureRequest {
      id
      requestedAt
      dueAt
    }
  }
`);

export const EraseMyDataSection_Request = graphql(`
  mutation EraseMyDataSection_Request($input: RequestErasureInput!) {
    requestErasure(input: $input) {
      __typename
      ... on RequestErasureSuccess {
        erasureRequest {
          id
          requestedAt
          dueAt
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export const EraseMyDataSection_Cancel = graphql(`
  mutation EraseMyDataSection_Cancel($input: CancelErasureInput!) {
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

/**
 * "Delete my data" on /me/data (GDPR art. 17): what happens and when, a confirmation, then the pending request with
 * its date and a way to cancel it during the grace period.
 */
export function EraseMyDataSection() {
  const { data, error, refetch } = useQuery(EraseMyDataSection_Query);
  const [isSure, setIsSure] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  // Which of the two is under way: the button of the other is not the one to say so (asking showed "Cancelling…").
  const [busy, setBusy] = useState<'asking' | 'cancelling' | null>(null);
  const isBusy = busy !== null;
  const [request] = useMutation(EraseMyDataSection_Request);
  const [cancel] = useMutation(EraseMyDataSection_Cancel);
  const pending = data?.myErasureRequest ?? null;

  async function act(what: 'asking' | 'cancelling', run: () => Promise<{ __typename: string } | null | undefined>) {
    setBusy(what);
    try {
      const result = await run();
      if (!result) throw new Error('No answer from the server.');
      if (result.__typename.endsWith('Success')) {
        setErrors(NO_FORM_ERRORS);
        setIsSure(false);
      } else {
        setErrors(formErrorsOf(result as MutationError));
      }
      await refetch();
    } catch (failure) {
      setErrors(formErrorsOfFailure(failure));
    } finally {
      setBusy(null);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isSure) {
      setErrors({ fields: { isSure: 'Tick the box to confirm that you want your data erased.' }, form: null, isStale: false });
      return;
    }
    await act('asking', async () => (await request({ variables: { input: {} } })).data?.requestErasure);
  }

  return (
    <section className="card" aria-labelledby="my-data-erase">
      <h2 id="my-data-erase">Delete my data</h2>
      {error && !data ? (
        <LoadError what="your erasure request" error={error} onRetry={() => void refetch().catch(() => {})} />
      ) : !data?.me ? (
        <Loading>Reading your erasure request…</Loading>
      ) : pending ? (
        <div className="erasure-pending">
          <div className="notice notice--warning" role="status">
            <strong>Your data will be erased on {formatDateTime(pending.dueAt, browserTimeZone())}.</strong>
            <span>You asked on {formatDateTime(pending.requestedAt, browserTimeZone())}. Until then you can change your mind.</span>
          </div>
          <FormErrorNotice message={errors.form} />
          <button
            type="button"
            className="button button--secondary"
            disabled={isBusy}
            onClick={() => void act('cancelling', async () => (await cancel({ variables: { input: { erasureRequestId: pending.id } } })).data?.cancelErasure)}
          >
            {busy === 'cancelling' ? 'Cancelling…' : 'Cancel the erasure'}
          </button>
        </div>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Delete my data">
          <p>
            You can ask {data.me.agency.name} to forget you. {data.me.agency.erasureGraceDays} days after you ask, your name, contact details, profile,
            messages, reflections and contacts are erased, your account is closed, and partner systems are told to delete their copy. Your open
            proposals are withdrawn and interviews still planned are cancelled; the recruiters are told, without your name. Only
            anonymous counts remain (that a proposal was made and how it ended), with no way back to you.
          </p>
          <p>Until that day you can cancel. Download your data first if you want to keep a copy.</p>
          <CheckboxField label="I understand that my data will be erased and my account closed" checked={isSure} onChange={setIsSure} error={errors.fields.isSure} />
          <FormErrorNotice message={errors.form} />
          <button type="submit" className="button button--danger" disabled={isBusy}>
            {busy === 'asking' ? 'Asking…' : 'Delete my data'}
          </button>
        </form>
      )}
    </section>
  );
}
