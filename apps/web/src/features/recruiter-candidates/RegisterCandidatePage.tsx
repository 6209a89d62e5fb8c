import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { Seniority } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { navigate } from '../../routes/navigate';
import { CheckboxField, ChoiceGroup, Field, InputField, NumberField } from '../../ui/Field';
import { browserTimeZone } from '../../ui/format-date-time';
import { formErrorsOf, formErrorsOfFailure } from '../../ui/mutation-errors';
import { CurrencyOptions, TimeZoneOptions } from '../../ui/option-lists';
import { EMPLOYMENT_TYPES, employmentTypeInWords } from '../../words/employment-type-in-words';
import { REMOTE_PREFERENCES, remotePreferenceInWords } from '../../words/remote-preference-in-words';
import { seniorityInWords } from '../../words/seniority-in-words';
import { SkillLevelOptions } from '../skills/SkillLevelOptions';
import { SkillPicker } from '../skills/SkillPicker';
import { useTimeZoneFromCity } from '../settings/use-time-zone-from-city';
import { leadPrefillFromSearch, linkLeadAfterRegister } from '../leads/lead-in-register-address';
import './recruiter-candidates.css';
import { CountrySelect } from '../../ui/CountrySelect';
import { isSameDraft, useUnsavedChangesGuard } from '../../ui/use-unsaved-changes-guard';
import { DuplicateWarning, DuplicateWarning_Query, useLikelyDuplicates, type LikelyDuplicateMatch } from './DuplicateWarning';
import { likelyDuplicatesInputFromDraft } from './likely-duplicates-input';
import {
  createCandidateInputFromDraft,
  emptyRegisterDraft,
  newRoleKey,
  placeErrors,
  type DraftErrors,
  type RegisterDraft,
} from './register-draft';

export const RegisterCandidatePage_Query = graphql(`
  query RegisterCandidatePage_Query {
    me {
      id
      timeZone
    }
  }
`);

export const RegisterCandidatePage_Mutation = graphql(`
  mutation RegisterCandidatePage_Mutation($input: CreateCandidateInput!) {
    createCandidate(input: $input) {
      __typename
      ... on CreateCandidateSuccess {
        candidate {
          id
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

const seniorities = Object.keys(seniorityInWords) as Seniority[];

/** Registers a candidate with the agency (they get no login of their own), then opens their page. */
export default function RegisterCandidatePage() {
  const { data, error } = useQuery(RegisterCandidatePage_Query);
  // The recruiter's own zone is the likeliest; until it is known (or if it cannot be), the browser's.
  const timeZone = data?.me?.timeZone ?? (error ? browserTimeZone() : null);

  return (
    <main id="main" className="page register-candidate">
      <header className="page__header">
        <p className="candidate-page__back">
          <Link href="/recruiter/candidates">All candidates</Link>
        </p>
        <h1>Register a candidate</h1>
        <p className="page__lede">
          Their profile and preferences decide which jobs are suggested for them. Only a name, an e-mail address, a
          country and a time zone are needed now.
        </p>
      </header>
      {timeZone === null ? (
        <p className="notice" role="status">
          Loading…
        </p>
      ) : (
        <RegisterForm timeZone={timeZone} />
      )}
    </main>
  );
}

function RegisterForm({ timeZone }: { timeZone: string }) {
  // Opened from a lead ("Register as candidate"): what they typed is already filled in, and is no unsaved edit.
  const [draft, setDraft] = useState<RegisterDraft>(() => ({ ...emptyRegisterDraft(timeZone), ...leadPrefillFromSearch(window.location.search) }));
  const client = useApolloClient();
  const [emptyDraft] = useState(draft);
  // Anything typed asks before leaving the page unsent (B14).
  useUnsavedChangesGuard(!isSameDraft(draft, emptyDraft));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [register, { loading: isSending }] = useMutation(RegisterCandidatePage_Mutation, {
    // The list of candidates has a new member; it loads afresh next time.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'candidates' });
      cache.gc();
    },
  });

  // Issue 14: the agency's profiles that are probably this person, asked as the recruiter types (debounced).
  const duplicateInput = likelyDuplicatesInputFromDraft(draft);
  const liveDuplicates = useLikelyDuplicates(duplicateInput);
  // Set when a save found likely duplicates the recruiter has not yet chosen to save past.
  const [askedDuplicates, setAskedDuplicates] = useState<readonly LikelyDuplicateMatch[] | null>(null);
  const [savedPastIds, setSavedPastIds] = useState<ReadonlySet<string>>(() => new Set());
  const duplicateHeadingRef = useRef<HTMLHeadingElement>(null);
  // The check before saving is part of registering: the button says so and does not send twice.
  const [isChecking, setIsChecking] = useState(false);
  useEffect(() => {
    if (askedDuplicates) duplicateHeadingRef.current?.focus();
  }, [askedDuplicates]);

  /** Asks once more with what is typed now (the debounced answer may be stale); a failed check never blocks saving. */
  async function duplicatesNow(): Promise<readonly LikelyDuplicateMatch[]> {
    if (!duplicateInput) return [];
    try {
      const { data } = await client.query({ query: DuplicateWarning_Query, variables: { input: duplicateInput }, fetchPolicy: 'network-only' });
      return data?.likelyDuplicates ?? [];
    } catch {
      return [];
    }
  }

  // After each failed attempt, take the recruiter to the first field to fix (or to the message when none is).
  useEffect(() => {
    if (attempt === 0) return;
    const firstInvalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (firstInvalid ?? alertRef.current)?.focus();
  }, [attempt]);

  function change(patch: Partial<RegisterDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
  }
  // The zone follows the city typed, until the recruiter picks one themselves.
  const zoneFromCity = useTimeZoneFromCity({ city: draft.city, country: draft.country, onSuggest: (timeZone) => change({ timeZone }) });
  function changePreferences(patch: Partial<RegisterDraft['preferences']>) {
    setDraft((current) => ({ ...current, preferences: { ...current.preferences, ...patch } }));
  }

  function showErrors(fieldErrors: DraftErrors, message: string | null) {
    const { fields, unplaced } = placeErrors(fieldErrors, draft);
    setErrors(fields);
    setFormError(
      [message ?? (Object.keys(fields).length > 0 ? 'Some fields need a change: see the messages next to them.' : null), ...unplaced]
        .filter(Boolean)
        .join(' ') || null,
    );
    setAttempt((count) => count + 1);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending || isChecking) return;
    const built = createCandidateInputFromDraft(draft);
    if (built.errors) {
      showErrors(built.errors, null);
      return;
    }
    setErrors({});
    setFormError(null);
    setIsChecking(true);
    const matches = await duplicatesNow();
    if (matches.some((match) => !savedPastIds.has(match.candidate.id))) {
      setIsChecking(false);
      setAskedDuplicates(matches);
      return;
    }
    await save(built.input);
    setIsChecking(false);
  }

  /** "Save anyway": the recruiter looked at the likely duplicates and registers a new profile all the same. */
  async function saveAnyway() {
    const built = createCandidateInputFromDraft(draft);
    setSavedPastIds(new Set([...savedPastIds, ...(askedDuplicates ?? []).map((match) => match.candidate.id)]));
    setAskedDuplicates(null);
    if (built.errors) {
      showErrors(built.errors, null);
      return;
    }
    await save(built.input);
  }

  async function save(input: NonNullable<ReturnType<typeof createCandidateInputFromDraft>['input']>) {
    try {
      const { data } = await register({ variables: { input } });
      const result = data?.createCandidate;
      if (result?.__typename === 'CreateCandidateSuccess') {
        await linkLeadAfterRegister(client, window.location.search, result.candidate.id);
        navigate(`/recruiter/candidates/${encodeURIComponent(result.candidate.id)}`);
      } else if (result) {
        const { fields, form } = formErrorsOf(result);
        showErrors(fields, form);
      }
    } catch (failure) {
      showErrors({}, formErrorsOfFailure(failure).form);
    }
  }

  const p = draft.preferences;
  return (
    <form ref={formRef} className="form register-form" noValidate onSubmit={handleSubmit} aria-busy={isSending}>
      {formError && (
        <div role="alert" className="notice notice--error form__error" ref={alertRef} tabIndex={-1}>
          <p>
            <strong>{formError}</strong>
          </p>
        </div>
      )}

      <fieldset className="form-section">
        <legend>Who they are</legend>
        <div className="form-row">
          <InputField
            label="Full name"
            error={errors.fullName}
            autoComplete="off"
            value={draft.fullName}
            onChange={(fullName) => change({ fullName })}
          />
          <InputField
            label="E-mail"
            error={errors.email}
            type="email"
            inputMode="email"
            autoComplete="off"
            value={draft.email}
            onChange={(email) => change({ email })}
          />
          <InputField
            label="Phone"
            error={errors.phone}
            type="tel"
            autoComplete="off"
            value={draft.phone}
            onChange={(phone) => change({ phone })}
          />
        </div>
        <InputField
          label="Headline"
          hint="One line, like “Backend engineer, Go and Kubernetes”."
          error={errors.headline}
          value={draft.headline}
          onChange={(headline) => change({ headline })}
        />
        <Field label="Summary" error={errors.summary}>
          {(control) => <textarea {...control} value={draft.summary} onChange={(e) => change({ summary: e.target.value })} />}
        </Field>
        <div className="form-row">
          <Field label="Seniority" error={errors.seniority}>
            {(control) => (
              <select {...control} value={draft.seniority} onChange={(e) => change({ seniority: e.target.value as Seniority })}>
                {seniorities.map((seniority) => (
                  <option key={seniority} value={seniority}>
                    {seniorityInWords[seniority]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <NumberField
            label="Years of experience"
            error={errors.yearsExperience}
            min={0}
            step={1}
            value={draft.yearsExperience}
            onChange={(yearsExperience) => change({ yearsExperience })}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Where they are</legend>
        <div className="form-row">
          <InputField
            label="City"
            error={errors.city}
            autoComplete="off"
            value={draft.city}
            onChange={(city) => change({ city })}
          />
          <CountrySelect error={errors.country} value={draft.country} onChange={(country) => change({ country })} />
          <Field
            label="Time zone"
            hint={zoneFromCity.suggestedFor ? `Set from ${zoneFromCity.suggestedFor}. Interview times are shown to them in it.` : 'Interview times are shown to them in it.'}
            error={errors.timeZone}
          >
            {(control) => (
              <select
                {...control}
                value={draft.timeZone}
                onChange={(e) => {
                  zoneFromCity.markPickedByHand();
                  change({ timeZone: e.target.value });
                }}
              >
                <TimeZoneOptions current={draft.timeZone} />
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <DuplicateWarning
        matches={askedDuplicates ?? liveDuplicates.filter((match) => !savedPastIds.has(match.candidate.id))}
        isAsking={askedDuplicates !== null}
        onSaveAnyway={() => void saveAnyway()}
        headingRef={duplicateHeadingRef}
      />

      <fieldset className="form-section">
        <legend>Skills</legend>
        <SkillPicker
          label="Add a skill"
          excludeIds={draft.skills.map((skill) => skill.skillId)}
          onPick={(skill) =>
            change({ skills: [...draft.skills, { skillId: skill.id, name: skill.name, level: null, years: '' }] })
          }
          hint="Each skill counts towards what a job asks for: their level against the level the job needs."
          error={errors.skills}
        />
        {draft.skills.length === 0 ? (
          <p className="form-section__empty">No skills yet.</p>
        ) : (
          <ul className="register-form__list" aria-label="Their skills">
            {draft.skills.map((skill, index) => {
              const update = (patch: Partial<(typeof draft.skills)[number]>) =>
                change({ skills: draft.skills.map((s, i) => (i === index ? { ...s, ...patch } : s)) });
              return (
                <li key={skill.skillId} className="register-form__item">
                  <span className="register-form__item-name">{skill.name}</span>
                  <Field
                    label={
                      <>
                        Level <span className="visually-hidden">of {skill.name}</span>
                      </>
                    }
                    error={errors[`skills.${index}.level`]}
                  >
                    {(control) => (
                      <select
                        {...control}
                        value={skill.level ?? ''}
                        onChange={(e) => update({ level: e.target.value === '' ? null : Number(e.target.value) })}
                      >
                        <option value="">Choose a level</option>
                        <SkillLevelOptions />
                      </select>
                    )}
                  </Field>
                  <InputField
                    label={
                      <>
                        Years <span className="visually-hidden">with {skill.name}</span>
                      </>
                    }
                    error={errors[`skills.${index}.years`]}
                    type="number"
                    min={0}
                    step={0.5}
                    inputMode="decimal"
                    value={skill.years}
                    onChange={(years) => update({ years })}
                  />
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => change({ skills: draft.skills.filter((_, i) => i !== index) })}
                  >
                    Remove <span className="visually-hidden">{skill.name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>

      <fieldset className="form-section">
        <legend>Roles</legend>
        <div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              change({
                experiences: [{ key: newRoleKey(), title: '', company: '', startDate: '', endDate: '' }, ...draft.experiences],
              })
            }
          >
            Add a role
          </button>
        </div>
        {draft.experiences.length === 0 ? (
          <p className="form-section__empty">No roles yet. Most recent first.</p>
        ) : (
          <ol className="register-form__list" aria-label="Their roles, most recent first">
            {draft.experiences.map((role, index) => {
              const update = (patch: Partial<(typeof draft.experiences)[number]>) =>
                change({ experiences: draft.experiences.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
              const name = `role ${index + 1}`;
              return (
                <li key={role.key} className="register-form__item register-form__item--role">
                  <InputField
                    label={<>Title <span className="visually-hidden">of {name}</span></>}
                    error={errors[`experiences.${index}.title`]}
                    value={role.title}
                    onChange={(title) => update({ title })}
                  />
                  <InputField
                    label={<>Company <span className="visually-hidden">of {name}</span></>}
                    error={errors[`experiences.${index}.company`]}
                    value={role.company}
                    onChange={(company) => update({ company })}
                  />
                  <InputField
                    label={<>Started <span className="visually-hidden">{name}</span></>}
                    error={errors[`experiences.${index}.startDate`]}
                    type="date"
                    value={role.startDate}
                    onChange={(startDate) => update({ startDate })}
                  />
                  <InputField
                    label={<>Ended <span className="visually-hidden">{name}</span></>}
                    hint="Empty for their current role."
                    error={errors[`experiences.${index}.endDate`]}
                    type="date"
                    value={role.endDate}
                    onChange={(endDate) => update({ endDate })}
                  />
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => change({ experiences: draft.experiences.filter((_, i) => i !== index) })}
                  >
                    Remove <span className="visually-hidden">{name}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        )}
      </fieldset>

      <fieldset className="form-section">
        <legend>Preferences</legend>
        <p className="field__hint">What a job has to offer them: the “does this job suit them?” side of every match.</p>
        <div className="form-row">
          <NumberField
            label="Minimum salary (yearly)"
            error={errors['preferences.minSalary']}
            min={0}
            step={1000}
            value={p.minSalary}
            onChange={(minSalary) => changePreferences({ minSalary })}
          />
          <Field label="Currency" error={errors['preferences.currency']}>
            {(control) => (
              <select {...control} value={p.currency} onChange={(e) => changePreferences({ currency: e.target.value })}>
                <CurrencyOptions current={p.currency} />
              </select>
            )}
          </Field>
        </div>
        <ChoiceGroup legend="Remote work" error={errors['preferences.remotePreference']}>
          {REMOTE_PREFERENCES.map((policy) => (
            <label key={policy} className="checkbox">
              <input
                type="radio"
                name="remotePreference"
                checked={p.remotePreference === policy}
                onChange={() => changePreferences({ remotePreference: policy })}
              />
              {remotePreferenceInWords[policy]}
            </label>
          ))}
        </ChoiceGroup>
        <InputField
          label="Other cities they would work in"
          hint="Separated by commas."
          error={errors['preferences.preferredLocations']}
          value={p.preferredLocations}
          onChange={(preferredLocations) => changePreferences({ preferredLocations })}
        />
        <CheckboxField
          label="Willing to relocate"
          checked={p.willingToRelocate}
          onChange={(willingToRelocate) => changePreferences({ willingToRelocate })}
          error={errors['preferences.willingToRelocate']}
        />
        <ChoiceGroup legend="Employment types" hint="Tick none for any." error={errors['preferences.employmentTypes']}>
          {EMPLOYMENT_TYPES.map((type) => (
            <label key={type} className="checkbox">
              <input
                type="checkbox"
                checked={p.employmentTypes.includes(type)}
                onChange={() =>
                  changePreferences({
                    employmentTypes: EMPLOYMENT_TYPES.filter((t) => (t === type ? !p.employmentTypes.includes(t) : p.employmentTypes.includes(t))),
                  })
                }
              />
              {employmentTypeInWords[type]}
            </label>
          ))}
        </ChoiceGroup>
        <div className="form-row">
          <InputField
            label="Earliest start"
            hint="Empty if they can start now."
            error={errors['preferences.earliestStart']}
            type="date"
            value={p.earliestStart}
            onChange={(earliestStart) => changePreferences({ earliestStart })}
          />
          <NumberField
            label="Notice period (days)"
            error={errors['preferences.noticePeriodDays']}
            min={0}
            step={1}
            value={p.noticePeriodDays}
            onChange={(noticePeriodDays) => changePreferences({ noticePeriodDays })}
          />
          <NumberField
            label="Opportunities to keep in flight"
            hint="Their home page nudges them when they have fewer."
            error={errors['preferences.targetOpportunities']}
            min={0}
            step={1}
            value={p.targetOpportunities}
            onChange={(targetOpportunities) => changePreferences({ targetOpportunities })}
          />
        </div>
      </fieldset>

      <div className="form__actions">
        {/* aria-disabled (with the guard in handleSubmit), not disabled: a disabled button would drop the focus. */}
        <button type="submit" className="button" aria-disabled={isSending || isChecking || undefined}>
          Register candidate
        </button>
        <Link href="/recruiter/candidates" className="button button--quiet">
          Cancel
        </Link>
        <span role="status" className="form__status">
          {isSending || isChecking ? 'Registering…' : ''}
        </span>
      </div>
    </form>
  );
}
