import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { Field, InputField, NumberField } from '../../ui/Field';
import { formErrorsOf, formErrorsOfFailure } from '../../ui/mutation-errors';
import { TimeZoneOptions } from '../../ui/option-lists';
import { ExperienceSection } from './ExperienceSection';
import { howMatchingUses } from './how-matching-uses';
import { PreferencesSection } from './PreferencesSection';
import { draftFromProfile, inputFromDraft, placeErrors, type DraftErrors, type ProfileDraft } from './profile-draft';
import { SkillsSection } from './SkillsSection';
import { CountrySelect } from '../../ui/CountrySelect';
import { isSameDraft, useUnsavedChangesGuard } from '../../ui/use-unsaved-changes-guard';
import { useTimeZoneFromCity } from '../settings/use-time-zone-from-city';

export const ProfileForm_candidate = graphql(`
  fragment ProfileForm_candidate on Candidate {
    id
    version
    headline
    summary
    yearsExperience
    timeZone
    city
    country
    skills {
      level
      years
      lastUsedYear
      skill {
        id
        name
      }
    }
    experiences {
      title
      company
      startDate
      endDate
      description
    }
    preferences {
      minSalary
      currency
      remotePreference
      preferredLocations
      willingToRelocate
      employmentTypes
      earliestStart
      noticePeriodDays
      targetOpportunities
    }
  }
`);

export const ProfileForm_Mutation = graphql(`
  mutation ProfileForm_Mutation($input: UpdateCandidateProfileInput!) {
    updateCandidateProfile(input: $input) {
      __typename
      ... on UpdateCandidateProfileSuccess {
        candidate {
          id
          ...ProfileForm_candidate
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

type Outcome =
  | { kind: 'saved' }
  | { kind: 'errors'; messages: string[] }
  /** Someone else saved first: `mine` is what this person had typed, kept so they can put it back. */
  | { kind: 'stale'; mine: ProfileDraft; isRestored: boolean };

/**
 * The candidate's own profile, saved as a whole with updateCandidateProfile. What was typed is never lost: field
 * errors show next to their fields, and when someone else saved in the meantime the form shows their version and
 * offers to put this person's changes back on top of it.
 */
export function ProfileForm({
  candidate,
  onReload,
}: {
  candidate: FragmentType<typeof ProfileForm_candidate>;
  onReload: () => Promise<unknown>;
}) {
  const { data, complete } = useFragment({ fragment: ProfileForm_candidate, fragmentName: 'ProfileForm_candidate', from: candidate });
  const [save, { loading: isSaving }] = useMutation(ProfileForm_Mutation);
  const [draft, setDraft] = useState<ProfileDraft | null>(() => (complete ? draftFromProfile(data) : null));
  // The saved profile the draft started from: leaving with other values asks first (B14).
  const [savedDraft, setSavedDraft] = useState<ProfileDraft | null>(draft);
  useUnsavedChangesGuard(draft !== null && !isSameDraft(draft, savedDraft));
  const [syncedVersion, setSyncedVersion] = useState(complete ? data.version : null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // A newer saved version (this person's save, or someone else's after a conflict) becomes the form's starting point.
  if (complete && data.version !== syncedVersion) {
    setSyncedVersion(data.version);
    const saved = draftFromProfile(data);
    setDraft(saved);
    setSavedDraft(saved);
  }

  useEffect(() => {
    if (focusRequest === 0) return;
    const firstInvalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (firstInvalid ?? noticeRef.current)?.focus();
  }, [focusRequest]);

  // The zone follows the city typed, until the candidate picks one themselves.
  const zoneFromCity = useTimeZoneFromCity({
    city: draft?.city ?? '',
    country: draft?.country ?? '',
    isReady: draft !== null,
    onSuggest: (timeZone) => change({ timeZone }),
  });

  if (!complete || !draft) return null;
  const candidateId = data.id;
  const latestVersion = data.version;

  function change(update: Partial<ProfileDraft>) {
    setDraft((current) => current && { ...current, ...update });
    if (outcome?.kind === 'saved') setOutcome(null);
  }

  function showErrors(found: DraftErrors, forForm: string | null, current: ProfileDraft) {
    const { fields, unplaced } = placeErrors(found, current);
    setErrors(fields);
    const messages = [...(forForm ? [forForm] : []), ...unplaced];
    setOutcome({
      kind: 'errors',
      messages: messages.length > 0 ? messages : ['Some fields need a change: see the messages next to them.'],
    });
    setFocusRequest((n) => n + 1);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving || !draft) return;
    const sent = draft;
    const built = inputFromDraft(candidateId, sent);
    if (built.errors) {
      showErrors(built.errors, null, sent);
      return;
    }
    setOutcome(null);
    try {
      const { data: result } = await save({ variables: { input: built.input } });
      const answer = result?.updateCandidateProfile;
      if (!answer) return;
      if (answer.__typename === 'UpdateCandidateProfileSuccess') {
        setErrors({});
        setOutcome({ kind: 'saved' });
      } else if (answer.__typename === 'InvalidTransitionError') {
        setErrors({});
        setOutcome({ kind: 'stale', mine: sent, isRestored: false });
        setFocusRequest((n) => n + 1);
        await onReload().catch(() => {});
      } else {
        const found = formErrorsOf(answer);
        showErrors(found.fields, found.form, sent);
      }
    } catch (caught) {
      setErrors({});
      setOutcome({ kind: 'errors', messages: [formErrorsOfFailure(caught).form ?? 'Saving failed.'] });
      setFocusRequest((n) => n + 1);
    }
  }

  function restoreMine() {
    if (outcome?.kind !== 'stale') return;
    setDraft({ ...outcome.mine, version: latestVersion });
    setOutcome({ ...outcome, isRestored: true });
  }


  return (
    <form ref={formRef} className="profile-form" noValidate onSubmit={handleSubmit} aria-busy={isSaving}>
      {outcome?.kind === 'errors' && (
        <div ref={noticeRef} tabIndex={-1} role="alert" className="notice notice--error profile-form__notice">
          {outcome.messages.map((message) => (
            <p key={message}>
              <strong>{message}</strong>
            </p>
          ))}
        </div>
      )}
      {outcome?.kind === 'stale' && (
        <div ref={noticeRef} tabIndex={-1} role="alert" className="notice notice--error profile-form__notice">
          {outcome.isRestored ? (
            <p>
              <strong>Your changes are back, on top of the latest saved version.</strong> Check them, then save again.
            </p>
          ) : (
            <>
              <p>
                <strong>Someone else saved this profile while you were editing, so your changes were not saved.</strong>{' '}
                The form now shows the latest saved version.
              </p>
              {outcome.mine.version !== latestVersion && (
                <button type="button" className="button button--secondary" onClick={restoreMine}>
                  Put my changes back
                </button>
              )}
            </>
          )}
        </div>
      )}

      <section className="card profile-section" aria-labelledby="profile-about">
        <h2 id="profile-about">About you</h2>
        <InputField
          label="Headline"
          error={errors['headline']}
          hint="One line recruiters read first, like “Backend engineer, 6 years in payments”."
          type="text"
          value={draft.headline}
          onChange={(headline) => change({ headline })}
        />
        <NumberField
          label="Years of experience in total"
          error={errors['yearsExperience']}
          hint="No skill can have more years than this."
          className="profile-field--short"
          value={draft.yearsExperience}
          onChange={(yearsExperience) => change({ yearsExperience })}
        />
        <Field label="Summary" error={errors['summary']}>
          {(control) => (
            <textarea {...control} rows={5} value={draft.summary} onChange={(event) => change({ summary: event.target.value })} />
          )}
        </Field>
        <div className="profile-section__row">
          <InputField
            label="City"
            error={errors['city']}
            hint={howMatchingUses.place}
            type="text"
            autoComplete="address-level2"
            value={draft.city}
            onChange={(city) => change({ city })}
          />
          <CountrySelect error={errors['country']} value={draft.country} onChange={(country) => change({ country })} />
        </div>
        <Field
          label="Time zone"
          error={errors['timeZone']}
          hint={zoneFromCity.suggestedFor ? `Set from ${zoneFromCity.suggestedFor}; change it if you keep another clock. ${howMatchingUses.timeZone}` : howMatchingUses.timeZone}
        >
          {(control) => (
            <select
              {...control}
              value={draft.timeZone}
              onChange={(event) => {
                zoneFromCity.markPickedByHand();
                change({ timeZone: event.target.value });
              }}
            >
              <TimeZoneOptions current={draft.timeZone} />
            </select>
          )}
        </Field>
      </section>

      <SkillsSection
        skills={draft.skills}
        errors={errors}
        onChange={(skills) => {
          const isReordered = skills.length !== draft.skills.length;
          change({ skills });
          // Errors are filed by position in the list: once entries come or go, they no longer point at the right one.
          if (isReordered) setErrors((current) => withoutPrefix(current, 'skills.'));
        }}
      />

      <ExperienceSection
        experiences={draft.experiences}
        errors={errors}
        onChange={(experiences) => {
          const isReordered = experiences.length !== draft.experiences.length;
          change({ experiences });
          if (isReordered) setErrors((current) => withoutPrefix(current, 'experiences.'));
        }}
      />

      <PreferencesSection
        preferences={draft.preferences}
        errors={errors}
        onChange={(update) => change({ preferences: { ...draft.preferences, ...update } })}
      />

      <div className="form__actions profile-form__actions">
        <button type="submit" className="button" disabled={isSaving}>
          Save profile
        </button>
        <span role="status" className="form__status">
          {isSaving ? 'Saving…' : outcome?.kind === 'saved' ? 'Profile saved.' : ''}
        </span>
      </div>
    </form>
  );
}

function withoutPrefix(errors: DraftErrors, prefix: string): DraftErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => !path.startsWith(prefix)));
}
