import { CheckboxField, ChoiceGroup, Field, InputField, NumberField } from '../../ui/Field';
import { CurrencyOptions } from '../../ui/option-lists';
import { EMPLOYMENT_TYPES, employmentTypeInWords } from '../../words/employment-type-in-words';
import { REMOTE_PREFERENCES, remotePreferenceInWords } from '../../words/remote-preference-in-words';
import { howMatchingUses } from './how-matching-uses';
import type { DraftErrors, PreferencesDraft } from './profile-draft';

/** What a job must offer the candidate, each with a sentence on how matching uses it. */
export function PreferencesSection({
  preferences,
  errors,
  onChange,
}: {
  preferences: PreferencesDraft;
  errors: DraftErrors;
  onChange: (change: Partial<PreferencesDraft>) => void;
}) {
  const error = (name: keyof PreferencesDraft) => errors[`preferences.${name}`];

  function toggleEmploymentType(type: PreferencesDraft['employmentTypes'][number]) {
    const chosen = new Set(preferences.employmentTypes);
    if (chosen.has(type)) chosen.delete(type);
    else chosen.add(type);
    // One canonical order, so the same choice is always saved the same way.
    onChange({ employmentTypes: EMPLOYMENT_TYPES.filter((candidate) => chosen.has(candidate)) });
  }

  return (
    <section className="card profile-section" aria-labelledby="profile-preferences">
      <h2 id="profile-preferences">Preferences</h2>
      <p className="profile-section__how">
        What a job has to offer you. They make up the “does this job suit you?” side of every match (about a third of
        the score); recruiters see it next to how well you suit the job.
      </p>

      <div className="profile-section__row">
        <NumberField
          label="Minimum salary (yearly)"
          error={error('minSalary')}
          hint={howMatchingUses.minSalary}
          min={0}
          step={1000}
          value={preferences.minSalary}
          onChange={(minSalary) => onChange({ minSalary })}
        />
        <Field label="Currency" error={error('currency')}>
          {(control) => (
            <select {...control} value={preferences.currency} onChange={(event) => onChange({ currency: event.target.value })}>
              <CurrencyOptions current={preferences.currency} />
            </select>
          )}
        </Field>
      </div>

      <ChoiceGroup legend="Remote work" error={error('remotePreference')} hint={howMatchingUses.remotePreference}>
        {REMOTE_PREFERENCES.map((policy) => (
          <label key={policy} className="checkbox">
            <input
              type="radio"
              name="remotePreference"
              value={policy}
              checked={preferences.remotePreference === policy}
              onChange={() => onChange({ remotePreference: policy })}
            />
            {remotePreferenceInWords[policy]}
          </label>
        ))}
      </ChoiceGroup>

      <InputField
        label="Preferred locations"
        error={error('preferredLocations')}
        hint={<>Cities, separated by commas. {howMatchingUses.preferredLocations}</>}
        type="text"
        placeholder="Berlin, Lisbon"
        value={preferences.preferredLocations}
        onChange={(preferredLocations) => onChange({ preferredLocations })}
      />

      <CheckboxField
        label="Willing to relocate"
        checked={preferences.willingToRelocate}
        onChange={(willingToRelocate) => onChange({ willingToRelocate })}
        error={error('willingToRelocate')}
        hint={howMatchingUses.willingToRelocate}
      />

      <ChoiceGroup legend="Employment types" error={error('employmentTypes')} hint={howMatchingUses.employmentTypes}>
        {EMPLOYMENT_TYPES.map((type) => (
          <label key={type} className="checkbox">
            <input
              type="checkbox"
              checked={preferences.employmentTypes.includes(type)}
              onChange={() => toggleEmploymentType(type)}
            />
            {employmentTypeInWords[type]}
          </label>
        ))}
      </ChoiceGroup>

      <div className="profile-section__row">
        <InputField
          label="Earliest start"
          error={error('earliestStart')}
          hint={howMatchingUses.earliestStart}
          type="date"
          value={preferences.earliestStart}
          onChange={(earliestStart) => onChange({ earliestStart })}
        />
        <NumberField
          label="Notice period (days)"
          error={error('noticePeriodDays')}
          hint={howMatchingUses.noticePeriodDays}
          min={0}
          max={730}
          value={preferences.noticePeriodDays}
          onChange={(noticePeriodDays) => onChange({ noticePeriodDays })}
        />
      </div>

      <NumberField
        label="Target number of opportunities"
        error={error('targetOpportunities')}
        hint={<>How many you want in flight at once (3 is a good start). {howMatchingUses.targetOpportunities}</>}
        min={0}
        max={50}
        className="profile-field--short"
        value={preferences.targetOpportunities}
        onChange={(targetOpportunities) => onChange({ targetOpportunities })}
      />
    </section>
  );
}
