import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { ReflectionPage_QueryQuery } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { CheckboxField, ChoiceGroup, Field, InputField } from '../../ui/Field';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { browserTimeZone, formatDateTime } from '../../ui/format-date-time';
import { PageLoading, PageNotFound } from '../../ui/LoadError';
import { formErrorsOfAnswer, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors } from '../../ui/mutation-errors';
import { isSameDraft, useUnsavedChangesGuard } from '../../ui/use-unsaved-changes-guard';
import './candidate-reflection.css';
import { draftOf, emptyContact, FEELINGS, inputOf, type ContactDraft, type Feeling, type ReflectionDraft } from './reflection-draft';

export const ReflectionPage_Query = graphql(`
  query ReflectionPage_Query($id: ID!) {
    me {
      id
      timeZone
    }
    node(id: $id) {
      __typename
      id
      ... on Interview {
        status
        startsAt
        canReflect
        proposal {
          id
          recruiterName
          job {
            id
            title
            clientCompany {
              name
            }
          }
        }
        reflection {
          id
          feeling
          learned
          questionsAsked
          wantsFeedback
          isShared
          contacts {
            id
            name
            role
            company
            howToReach
            followUpBy
          }
        }
      }
    }
  }
`);

export const ReflectionPage_Save = graphql(`
  mutation ReflectionPage_Save($input: SaveInterviewReflectionInput!) {
    saveInterviewReflection(input: $input) {
      __typename
      ... on SaveInterviewReflectionSuccess {
        interview {
          id
          canReflect
          reflection {
            id
            feeling
            learned
            questionsAsked
            wantsFeedback
            isShared
            contacts {
              id
              name
              role
              company
              howToReach
              followUpBy
            }
          }
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export const ReflectionPage_Share = graphql(`
  mutation ReflectionPage_Share($input: ShareInterviewReflectionInput!) {
    shareInterviewReflection(input: $input) {
      __typename
      ... on ShareInterviewReflectionSuccess {
        interview {
          id
          reflection {
            id
            isShared
          }
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

const CONTACT_FIELDS = ['name', 'role', 'company', 'howToReach', 'followUpBy'] as const;

/** "How did it go?": the candidate's private notes after an interview, and the people they met. */
export default function ReflectionPage({ params }: PageProps) {
  const interviewId = params.interviewId ?? '';
  const { data, error, refetch } = useQuery(ReflectionPage_Query, { variables: { id: interviewId }, fetchPolicy: 'cache-and-network' });
  const interview = data?.node?.__typename === 'Interview' ? data.node : null;

  if (!data) {
    return (
      <PageLoading title="How did it go?" className="page reflection" what="this interview" error={error} onRetry={() => void refetch().catch(() => {})}>
        Loading your reflection…
      </PageLoading>
    );
  }
  if (!interview) {
    return (
      <PageNotFound title="Interview not found" className="page reflection" back={{ href: '/me', label: 'Back to your home' }}>
        <strong>We couldn't find this interview.</strong> It may have been removed, or the link is not quite right.
      </PageNotFound>
    );
  }
  return <ReflectionForm key={interview.id} interview={interview} timeZone={data.me?.timeZone ?? browserTimeZone()} />;
}

type LoadedInterview = Extract<NonNullable<ReflectionPage_QueryQuery['node']>, { __typename: 'Interview' }>;

function ReflectionForm({ interview, timeZone }: { interview: LoadedInterview; timeZone: string }) {
  const formId = useId();
  const [saved, setSaved] = useState<ReflectionDraft>(() => draftOf(interview.reflection ?? null));
  const [draft, setDraft] = useState<ReflectionDraft>(saved);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [isSaved, setIsSaved] = useState(false);
  const [save, { loading: isSaving }] = useMutation(ReflectionPage_Save);
  const [share, { loading: isSharing }] = useMutation(ReflectionPage_Share);
  const formRef = useRef<HTMLFormElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const isDirty = !isSameDraft(draft, saved);
  useUnsavedChangesGuard(isDirty);

  useEffect(() => {
    if (isSaved) savedRef.current?.focus();
  }, [isSaved]);

  const { proposal } = interview;
  const today = dateInZone(new Date(), timeZone);
  const role = `${proposal.job.title} at ${proposal.job.clientCompany.name}`;
  const update = (changes: Partial<ReflectionDraft>) => {
    setIsSaved(false);
    setDraft((d) => ({ ...d, ...changes }));
  };
  const updateContact = (key: string, changes: Partial<ContactDraft>) => update({ contacts: draft.contacts.map((c) => (c.key === key ? { ...c, ...changes } : c)) });

  if (!interview.canReflect) {
    return (
      <main id="main" className="page reflection">
        <Back proposalId={proposal.id} />
        <h1>How did it go?</h1>
        <p className="notice">
          {interview.status === 'CANCELLED' || interview.status === 'NEEDS_RESCHEDULING'
            ? 'This interview did not take place, so there is nothing to reflect on.'
            : `You can write down how it went once the interview has ended (${formatDateTime(interview.startsAt, timeZone)}).`}
        </p>
      </main>
    );
  }

  function focusFirstProblem() {
    requestAnimationFrame(() => {
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      (invalid ?? formRef.current?.querySelector<HTMLElement>('.form-error'))?.focus();
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaved(false);
    if (!draft.feeling) {
      setErrors({ fields: { feeling: 'Pick how it went.' }, form: null, isStale: false });
      focusFirstProblem();
      return;
    }
    const formFields = ['feeling', 'learned', 'questionsAsked', 'contacts', ...draft.contacts.flatMap((_, i) => CONTACT_FIELDS.map((f) => `contacts.${i}.${f}`))];
    try {
      const result = await save({ variables: { input: inputOf(interview.id, { ...draft, feeling: draft.feeling }) } });
      const answer = result.data?.saveInterviewReflection;
      const problems = formErrorsOfAnswer(answer, 'SaveInterviewReflectionSuccess', { formFields, onStale: () => {} });
      if (problems) {
        setErrors(problems);
        focusFirstProblem();
        return;
      }
      const reflection = answer?.__typename === 'SaveInterviewReflectionSuccess' ? answer.interview.reflection : null;
      let isShared = reflection?.isShared ?? false;
      if (reflection && draft.isShared !== isShared) {
        const shared = await share({ variables: { input: { interviewId: interview.id, shared: draft.isShared } } });
        const shareProblems = formErrorsOfAnswer(shared.data?.shareInterviewReflection, 'ShareInterviewReflectionSuccess', { formFields: [], onStale: () => {} });
        if (shareProblems) {
          setErrors(shareProblems);
          focusFirstProblem();
          return;
        }
        isShared = draft.isShared;
      }
      const next = draftOf(reflection ? { ...reflection, isShared } : null);
      setSaved(next);
      setDraft(next);
      setErrors(NO_FORM_ERRORS);
      setIsSaved(true);
    } catch (failure) {
      setErrors(formErrorsOfFailure(failure));
      focusFirstProblem();
    }
  }

  return (
    <main id="main" className="page reflection">
      <Back proposalId={proposal.id} />
      <header className="page__header">
        <h1>How did it go?</h1>
        <p className="page__lede">
          Your interview for {role}, {formatDateTime(interview.startsAt, timeZone)}. Whatever comes of it, every interview is practice and a chance to meet
          people: two minutes now, while it is fresh.
        </p>
      </header>

      {isSaved && (
        <div role="status" className="notice notice--success reflection__saved" ref={savedRef} tabIndex={-1}>
          <p>
            <strong>Your reflection is saved.</strong>{' '}
            {saved.isShared
              ? `${proposal.recruiterName} can now read how it went (never the people you met).`
              : `It is private: only you can read it.`}
            {saved.contacts.length > 0 && ` ${saved.contacts.length === 1 ? 'The person you met is' : `The ${saved.contacts.length} people you met are`} in your contacts.`}
          </p>
          <p className="reflection__next">
            <Link href="/me">Back to your home</Link>
            <Link href="/me/contacts">Your contacts</Link>
          </p>
        </div>
      )}

      <form ref={formRef} className="card reflection__form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
        <h2 id={`${formId}-title`} className="visually-hidden">
          Your reflection
        </h2>
        <FormErrorNotice message={errors.form} />

        <ChoiceGroup legend="How did it feel?" error={errors.fields.feeling}>
          {FEELINGS.map((feeling) => (
            <label key={feeling.value} className={`reflection__feeling${draft.feeling === feeling.value ? ' reflection__feeling--chosen' : ''}`}>
              <input
                type="radio"
                name={`${formId}-feeling`}
                value={feeling.value}
                checked={draft.feeling === feeling.value}
                aria-invalid={errors.fields.feeling ? true : undefined}
                onChange={() => update({ feeling: feeling.value as Feeling })}
              />
              <span className="reflection__feeling-label">{feeling.label}</span>
              <span className="reflection__feeling-hint">{feeling.hint}</span>
            </label>
          ))}
        </ChoiceGroup>

        <Field label="What did you learn?" error={errors.fields.learned} hint="About the company, the role, or yourself: what you would do the same or differently.">
          {(control) => <textarea {...control} rows={4} value={draft.learned} onChange={(e) => update({ learned: e.target.value })} />}
        </Field>
        <Field label="Questions they asked you" error={errors.fields.questionsAsked} hint="Useful practice for the next one.">
          {(control) => <textarea {...control} rows={4} value={draft.questionsAsked} onChange={(e) => update({ questionsAsked: e.target.value })} />}
        </Field>
        <fieldset className="reflection__contacts">
          <legend>People you met</legend>
          <p className="field__hint">Interviewers, future colleagues, anyone worth staying in touch with. Only you see them, even if you share your notes.</p>
          <FormErrorNotice message={errors.fields.contacts} />
          {draft.contacts.map((contact, i) => (
            <div key={contact.key} className="reflection__contact" role="group" aria-label={`Contact ${i + 1}${contact.name ? `: ${contact.name}` : ''}`}>
              <InputField label="Name" value={contact.name} onChange={(name) => updateContact(contact.key, { name })} error={errors.fields[`contacts.${i}.name`]} autoComplete="off" />
              <InputField label="Role" value={contact.role} onChange={(value) => updateContact(contact.key, { role: value })} error={errors.fields[`contacts.${i}.role`]} autoComplete="off" />
              <InputField label="Company" value={contact.company} onChange={(company) => updateContact(contact.key, { company })} error={errors.fields[`contacts.${i}.company`]} autoComplete="off" />
              <InputField
                label="How to reach them"
                value={contact.howToReach}
                onChange={(howToReach) => updateContact(contact.key, { howToReach })}
                error={errors.fields[`contacts.${i}.howToReach`]}
                hint="E-mail, phone or profile link"
                autoComplete="off"
              />
              <InputField
                label="Follow up by"
                type="date"
                min={contact.id ? undefined : today}
                value={contact.followUpBy}
                onChange={(followUpBy) => updateContact(contact.key, { followUpBy })}
                error={errors.fields[`contacts.${i}.followUpBy`]}
                hint="Optional: your home reminds you that day"
              />
              <button
                type="button"
                className="button button--secondary reflection__remove"
                onClick={() => {
                  update({ contacts: draft.contacts.filter((c) => c.key !== contact.key) });
                  requestAnimationFrame(() => formRef.current?.querySelector<HTMLButtonElement>('.reflection__add')?.focus());
                }}
              >
                Remove {contact.name || `contact ${i + 1}`}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--secondary reflection__add"
            onClick={() => {
              update({ contacts: [...draft.contacts, emptyContact(proposal.job.clientCompany.name)] });
              // The new row's name field takes focus, so a keyboard user types straight into it.
              requestAnimationFrame(() => {
                const rows = formRef.current?.querySelectorAll('.reflection__contact');
                rows?.[rows.length - 1]?.querySelector<HTMLInputElement>('input')?.focus();
              });
            }}
          >
            {draft.contacts.length === 0 ? 'Add a person you met' : 'Add another person'}
          </button>
        </fieldset>

        <fieldset className="reflection__share">
          <legend>Sharing</legend>
          <CheckboxField
            label={`Share with my recruiter (${proposal.recruiterName})`}
            checked={draft.isShared}
            onChange={(isShared) => update({ isShared })}
            hint={`${proposal.recruiterName} and colleagues at your agency can then read how it went, what you learned and the questions: never the people you met, and never the client. Unticked, only you see any of it.`}
          />
          <CheckboxField
            label="I would like feedback from the client"
            checked={draft.wantsFeedback}
            onChange={(wantsFeedback) => update({ wantsFeedback })}
            hint={
              draft.isShared
                ? `${proposal.recruiterName} asks the client and passes their feedback on to you here.`
                : `${proposal.recruiterName} learns this only if you share your notes.`
            }
          />
        </fieldset>

        <div className="form__actions">
          <button type="submit" className="button" disabled={isSaving || isSharing}>
            {isSaving || isSharing ? 'Saving…' : 'Save my reflection'}
          </button>
        </div>
      </form>
    </main>
  );
}

/** The calendar date ("2026-12-05") in a time zone: the earliest follow-up date the API accepts for a new contact. */
function dateInZone(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

function Back({ proposalId }: { proposalId: string }) {
  return (
    <p className="reflection__back">
      <Link href={`/me/proposals/${encodeURIComponent(proposalId)}`}>← The proposal</Link>
    </p>
  );
}
