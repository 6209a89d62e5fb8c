import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { browserTimeZone, formatDateTime } from '../../ui/format-date-time';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { PageLoading } from '../../ui/LoadError';
import { formErrorsOf, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors, type MutationError } from '../../ui/mutation-errors';
import { newNotice, SuccessNotice, type Notice } from '../../ui/SuccessNotice';

export const ConsentRenewalPage_Query = graphql(`
  query ConsentRenewalPage_Query {
    me {
      id
      agency {
        id
        name
        dataRetentionMonths
        erasureGraceDays
      }
      candidateProfile {
        id
        consentRenewalRequestedAt
        consentRenewedAt
      }
    }
  }
`);

export const ConsentRenewalPage_Mutation = graphql(`
  mutation ConsentRenewalPage_Mutation($input: RenewConsentInput!) {
    renewConsent(input: $input) {
      __typename
      ... on RenewConsentSuccess {
        candidate {
          id
          consentRenewedAt
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

const TITLE = 'Keep your profile';
const DAY_MS = 86_400_000;

/** /me/consent, where the retention policy's e-mail leads: keep my profile (renew consent), or go and erase it. */
export default function ConsentRenewalPage(_props: PageProps) {
  const { data, error, refetch } = useQuery(ConsentRenewalPage_Query);
  const [renew] = useMutation(ConsentRenewalPage_Mutation);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const profile = data?.me?.candidateProfile;
  if (!data?.me || !profile) {
    return (
      <PageLoading title={TITLE} what="your consent" error={error} onRetry={() => void refetch().catch(() => {})}>
        Loading…
      </PageLoading>
    );
  }
  const { agency } = data.me;
  const askedAt = profile.consentRenewalRequestedAt;
  const isPending = askedAt !== null && askedAt !== undefined && (!profile.consentRenewedAt || profile.consentRenewedAt < askedAt);
  const renewBy = isPending ? new Date(new Date(askedAt).getTime() + agency.erasureGraceDays * DAY_MS).toISOString() : null;

  async function keep() {
    setIsSaving(true);
    setNotice(null);
    try {
      const result = (await renew({ variables: { input: { isKeepingMyData: true } } })).data?.renewConsent;
      if (!result) throw new Error('No answer from the server.');
      if (result.__typename === 'RenewConsentSuccess') {
        setErrors(NO_FORM_ERRORS);
        setNotice(newNotice(`Thank you. ${agency.name} keeps your profile.`));
        await refetch();
        return;
      }
      setErrors(formErrorsOf(result as MutationError));
    } catch (failure) {
      setErrors(formErrorsOfFailure(failure));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>{TITLE}</h1>
        <p className="page__lede">
          {agency.name} keeps candidates' data only while they want to be found for new roles
          {agency.dataRetentionMonths ? `: after ${agency.dataRetentionMonths} months without activity, we ask.` : '.'}
        </p>
      </header>
      <SuccessNotice notice={notice} />
      {renewBy ? (
        <p className="notice">
          We asked you on {formatDateTime(askedAt!, browserTimeZone())}. If you do not answer by {formatDateTime(renewBy, browserTimeZone())}, your data is erased.
        </p>
      ) : profile.consentRenewedAt ? (
        <p>You last renewed your consent on {formatDateTime(profile.consentRenewedAt, browserTimeZone())}.</p>
      ) : null}
      <FormErrorNotice message={errors.form} />
      <p>
        <button type="button" className="button" disabled={isSaving} onClick={() => void keep()}>
          {isSaving ? 'Saving…' : 'Keep my profile'}
        </button>{' '}
        <Link className="button button--secondary" href="/me/data">
          Download or delete my data
        </Link>
      </p>
    </main>
  );
}
