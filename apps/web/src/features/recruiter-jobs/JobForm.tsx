import { useId } from 'react';
import type { EmploymentType, JobStatus, RemotePolicy, Seniority } from '../../gql/graphql';
import { ChoiceGroup, Field } from '../../ui/Field';
import { employmentTypeInWords } from '../../words/employment-type-in-words';
import { currencyOptions, timeZoneOptions } from '../../ui/zone-and-currency-options';
import { remotePolicyInWords } from '../../words/describe-remote-policy';
import type { DraftErrors, JobDraft } from './job-draft';
import { jobStatusInWords } from '../../words/job-status-in-words';
import { seniorityInWords } from '../../words/seniority-in-words';
import { SkillRequirementsField } from './SkillRequirementsField';

const seniorities = Object.keys(seniorityInWords) as Seniority[];
const employmentTypes = Object.keys(employmentTypeInWords) as EmploymentType[];
const remotePolicies: RemotePolicy[] = ['ONSITE', 'HYBRID', 'REMOTE'];

const statusHints: Record<JobStatus, string> = {
  DRAFT: 'Only your agency sees it.',
  OPEN: 'On the public job board; candidates can be proposed.',
  ON_HOLD: 'Paused: off the job board, pipeline kept.',
  FILLED: 'Every opening is filled.',
  CLOSED: 'No longer recruiting.',
};

/** The fields of a job, controlled: the page holds the draft, so an error never loses what was typed. */
export function JobForm({
  draft,
  onChange,
  errors,
  isNew,
  clients,
  clientName,
}: {
  draft: JobDraft;
  onChange: (change: Partial<JobDraft>) => void;
  errors: DraftErrors;
  isNew: boolean;
  clients: ReadonlyArray<{ id: string; name: string }>;
  /** When editing: the client, which stays as it is. */
  clientName: string | null;
}) {
  // A new job starts as a draft or goes live at once; a saved one can move to any status.
  const statusHintId = useId();
  const statuses: JobStatus[] = isNew ? ['DRAFT', 'OPEN'] : ['DRAFT', 'OPEN', 'ON_HOLD', 'FILLED', 'CLOSED'];

  return (
    <>
      <fieldset className="job-form__section">
        <legend>The role</legend>
        <Field label="Title" error={errors.title}>
          {(control) => (
            <input
              {...control}
              name="title"
              value={draft.title}
              autoComplete="off"
              onChange={(event) => onChange({ title: event.target.value })}
            />
          )}
        </Field>
        {isNew ? (
          <Field label="Client" error={errors.clientCompanyId}>
            {(control) => (
              <select
                {...control}
                name="clientCompanyId"
                value={draft.clientCompanyId}
                onChange={(event) => onChange({ clientCompanyId: event.target.value })}
              >
                <option value="">Choose a client</option>
                {clients.map((client) => (
                  <option key={client.id} value={client.id}>
                    {client.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <p className="job-form__fixed">
            <span className="job-form__fixed-label">Client</span> {clientName}
          </p>
        )}
        <Field label="Description" error={errors.description}>
          {(control) => (
            <textarea
              {...control}
              name="description"
              value={draft.description}
              onChange={(event) => onChange({ description: event.target.value })}
            />
          )}
        </Field>
        <div className="job-form__row">
          <Field label="Seniority" error={errors.seniority}>
            {(control) => (
              <select
                {...control}
                value={draft.seniority}
                onChange={(event) => onChange({ seniority: event.target.value as Seniority })}
              >
                {seniorities.map((seniority) => (
                  <option key={seniority} value={seniority}>
                    {seniorityInWords[seniority]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Employment type" error={errors.employmentType}>
            {(control) => (
              <select
                {...control}
                value={draft.employmentType}
                onChange={(event) => onChange({ employmentType: event.target.value as EmploymentType })}
              >
                {employmentTypes.map((type) => (
                  <option key={type} value={type}>
                    {employmentTypeInWords[type]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Openings" error={errors.openings}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                step={1}
                inputMode="numeric"
                value={draft.openings}
                onChange={(event) => onChange({ openings: event.target.value })}
              />
            )}
          </Field>
          <Field label="Minimum years of experience" error={errors.minYearsExperience}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={0}
                step={1}
                inputMode="numeric"
                value={draft.minYearsExperience}
                onChange={(event) => onChange({ minYearsExperience: event.target.value })}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <SkillRequirementsField
        skills={draft.skills}
        errors={errors}
        onChange={(skills) => onChange({ skills })}
      />

      <fieldset className="job-form__section">
        <legend>Salary band</legend>
        <p className="field__hint">Yearly. Leave an end empty for an open band.</p>
        <div className="job-form__row">
          <Field label="Minimum salary" error={errors.salaryMin}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={0}
                step={1000}
                inputMode="numeric"
                value={draft.salaryMin}
                onChange={(event) => onChange({ salaryMin: event.target.value })}
              />
            )}
          </Field>
          <Field label="Maximum salary" error={errors.salaryMax}>
            {(control) => (
              <input
                {...control}
                type="number"
                min={0}
                step={1000}
                inputMode="numeric"
                value={draft.salaryMax}
                onChange={(event) => onChange({ salaryMax: event.target.value })}
              />
            )}
          </Field>
          <Field label="Currency" error={errors.currency}>
            {(control) => (
              <select {...control} value={draft.currency} onChange={(event) => onChange({ currency: event.target.value })}>
                {currencyOptions(draft.currency).map(({ code, label }) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="job-form__section">
        <legend>Where and when</legend>
        <ChoiceGroup legend="Remote policy" error={errors.remotePolicy}>
          {remotePolicies.map((policy) => (
            <label key={policy} className="checkbox">
              <input
                type="radio"
                name="remotePolicy"
                value={policy}
                checked={draft.remotePolicy === policy}
                onChange={() => onChange({ remotePolicy: policy })}
              />
              {remotePolicyInWords[policy]}
            </label>
          ))}
        </ChoiceGroup>
        <div className="job-form__row">
          <Field label="City" error={errors.city}>
            {(control) => (
              <input
                {...control}
                value={draft.city}
                autoComplete="off"
                onChange={(event) => onChange({ city: event.target.value })}
              />
            )}
          </Field>
          <Field label="Country" hint="Two letters, like DE or GB." error={errors.country}>
            {(control) => (
              <input
                {...control}
                value={draft.country}
                maxLength={2}
                autoComplete="off"
                autoCapitalize="characters"
                className="job-form__country"
                onChange={(event) => onChange({ country: event.target.value.toUpperCase() })}
              />
            )}
          </Field>
        </div>
        <div className="job-form__row">
          <Field label="Time zone" hint="Where the team works." error={errors.timeZone}>
            {(control) => (
              <select {...control} value={draft.timeZone} onChange={(event) => onChange({ timeZone: event.target.value })}>
                {timeZoneOptions(draft.timeZone).map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Minimum time-zone overlap (hours)"
            hint="Working hours a candidate must share with the team, 0 to 8."
            error={errors.minTimeZoneOverlapHours}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={0}
                max={8}
                step={1}
                inputMode="numeric"
                value={draft.minTimeZoneOverlapHours}
                onChange={(event) => onChange({ minTimeZoneOverlapHours: event.target.value })}
              />
            )}
          </Field>
          <Field label="Start date" error={errors.startDate}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={draft.startDate}
                onChange={(event) => onChange({ startDate: event.target.value })}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <ChoiceGroup legend="Status" error={errors.status}>
        {statuses.map((status) => (
          <span key={status} className="job-form__status-choice">
            <label className="checkbox">
              <input
                type="radio"
                name="status"
                value={status}
                checked={draft.status === status}
                aria-describedby={`${statusHintId}-${status}`}
                onChange={() => onChange({ status })}
              />
              {jobStatusInWords[status]}
            </label>
            <span className="field__hint" id={`${statusHintId}-${status}`}>
              {statusHints[status]}
            </span>
          </span>
        ))}
      </ChoiceGroup>
    </>
  );
}

/** The error paths the form shows next to a field; the page lists any others at the top. */
export const JOB_FORM_FIELDS = new Set([
  'title',
  'clientCompanyId',
  'description',
  'seniority',
  'employmentType',
  'openings',
  'minYearsExperience',
  'salaryMin',
  'salaryMax',
  'currency',
  'remotePolicy',
  'city',
  'country',
  'timeZone',
  'minTimeZoneOverlapHours',
  'startDate',
  'status',
]);
