import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { CheckboxField, Field, InputField } from '../../ui/Field';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { formErrorsOf, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors } from '../../ui/mutation-errors';
import { firstNameOf } from '../../words/first-name-of';

export const InterestForm_job = graphql(`
  fragment InterestForm_job on Job {
    id
    slug
    title
    interestConsentText
    clientCompany {
      name
    }
  }
`);

export const InterestForm_Mutation = graphql(`
  mutation InterestForm_Mutation($input: ExpressInterestInput!) {
    expressInterest(input: $input) {
      __typename
      ... on ExpressInterestSuccess {
        job {
          id
        }
      }
      ... on TooManyInterestRequestsError {
        message
      }
      ...MutationErrors_error @unmask
    }
  }
`);

const MESSAGE_MAX_LENGTH = 2000;

/** "I'm interested": name, e-mail, phone if they like, a short message and the consent box, unticked. */
export function InterestForm({ job }: { job: FragmentType<typeof InterestForm_job> }) {
  const { data, complete } = useFragment({ fragment: InterestForm_job, fragmentName: 'InterestForm_job', from: job });
  const [expressInterest, { loading: isSending }] = useMutation(InterestForm_Mutation);
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [message, setMessage] = useState('');
  const [hasConsented, setHasConsented] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [sentTo, setSentTo] = useState<{ name: string; email: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const thanksRef = useRef<HTMLHeadingElement>(null);

  // After a refusal, focus goes to the first field to fix (the notice above the form when no field is named).
  useEffect(() => {
    const form = formRef.current;
    if (!form || (errors === NO_FORM_ERRORS)) return;
    const first = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>('[role="alert"]');
    if (first && !first.matches('input, textarea, select, button')) first.setAttribute('tabindex', '-1');
    first?.focus();
  }, [errors]);

  useEffect(() => {
    if (sentTo) thanksRef.current?.focus();
  }, [sentTo]);

  if (!complete) return null;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending || !complete) return;
    setErrors(NO_FORM_ERRORS);
    try {
      const { data: answer } = await expressInterest({
        variables: {
          input: {
            slug: data.slug ?? '',
            fullName,
            email,
            phone: phone.trim() || null,
            message: message.trim() || null,
            consentText: data.interestConsentText,
            hasConsented,
          },
        },
      });
      const result = answer?.expressInterest;
      if (!result) return;
      if (result.__typename === 'ExpressInterestSuccess') setSentTo({ name: fullName.trim(), email: email.trim() });
      else if (result.__typename === 'TooManyInterestRequestsError') setErrors({ fields: {}, form: result.message, isStale: false });
      else setErrors(formErrorsOf(result));
    } catch (error) {
      setErrors(formErrorsOfFailure(error));
    }
  }

  if (sentTo) {
    return (
      <section className="public-job__interest public-job__interest--sent" aria-labelledby="interest-thanks">
        <h2 id="interest-thanks" ref={thanksRef} tabIndex={-1}>
          Thank you, {firstNameOf(sentTo.name)}
        </h2>
        <div role="status">
          <p>We've passed your interest in {data.title} to the recruiters hiring for it.</p>
          <p>What happens next:</p>
          <ol>
            <li>A recruiter reads your message, usually within two working days.</li>
            <li>If your experience fits, they write to you at {sentTo.email} to arrange a short call.</li>
            <li>
              They may then invite you to a profile, so they can propose you to {data.clientCompany.name} and to similar roles.
            </li>
          </ol>
          <p>If it isn't a fit, they'll tell you so; you can ask them to delete your details at any time.</p>
        </div>
      </section>
    );
  }

  const { fields } = errors;
  return (
    <section className="public-job__interest" aria-labelledby="interest-heading">
      <h2 id="interest-heading">I'm interested</h2>
      <p className="public-job__interest-lede">Leave your details and a recruiter will get back to you. No account needed.</p>
      <form ref={formRef} className="form" noValidate onSubmit={handleSubmit} aria-busy={isSending}>
        <FormErrorNotice message={errors.form ?? (fields.slug || fields.input) ?? null} />
        <InputField label="Your name" value={fullName} onChange={setFullName} error={fields.fullName} autoComplete="name" required />
        <InputField
          label="E-mail"
          type="email"
          inputMode="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={fields.email}
          hint="The recruiter replies here."
          required
        />
        <InputField label="Phone (optional)" type="tel" autoComplete="tel" value={phone} onChange={setPhone} error={fields.phone} />
        <Field label="Message (optional)" error={fields.message} hint={`What makes you a fit, in a few lines (at most ${MESSAGE_MAX_LENGTH.toLocaleString('en')} characters).`}>
          {(control) => <textarea {...control} rows={4} maxLength={MESSAGE_MAX_LENGTH} value={message} onChange={(event) => setMessage(event.target.value)} />}
        </Field>
        <CheckboxField label={data.interestConsentText} checked={hasConsented} onChange={setHasConsented} error={fields.hasConsented ?? fields.consentText} />
        <div className="form__actions">
          <button type="submit" className="button" disabled={isSending}>
            {isSending ? 'Sending…' : 'Send my interest'}
          </button>
        </div>
      </form>
    </section>
  );
}
