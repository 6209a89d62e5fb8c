import { useId } from 'react';
import type { EmploymentType, JobStatus, RemotePolicy, Seniority } from '../../gql/graphql';
import { ChoiceGroup, Field, InputField, NumberField } from '../../ui/Field';
import { CurrencyOptions, TimeZoneOptions } from '../../ui/option-lists';
import { remotePolicyInWords } from '../../words/describe-remote-policy';
import { employmentTypeInWords } from '../../words/employment-type-in-words';
import { jobStatusInWords } from '../../words/job-status-in-words';
import { seniorityInWords } from '../../words/seniority-in-words';
import type { DraftErrors, JobDraft } from './job-draft';
import { SkillRequirementsField } from './SkillRequirementsField';
import { CountrySelect } from '../../ui/CountrySelect';

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
      <fieldset className="form-section">
        <legend>The role</legend>
        <InputField
          label="Title"
          error={errors.title}
          name="title"
          value={draft.title}
          autoComplete="off"
          onChange={(title) => onChange({ title })}
        />
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
        <div className="form-row">
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
          <NumberField
            label="Openings"
            error={errors.openings}
            min={1}
            step={1}
            value={draft.openings}
            onChange={(openings) => onChange({ openings })}
          />
          <NumberField
            label="Minimum years of experience"
            error={errors.minYearsExperience}
            min={0}
            step={1}
            value={draft.minYearsExperience}
            onChange={(minYearsExperience) => onChange({ minYearsExperience })}
          />
        </div>
      </fieldset>

      <SkillRequirementsField
        skills={draft.skills}
        errors={errors}
        onChange={(skills) => onChange({ skills })}
      />

      <fieldset className="form-section">
        <legend>Salary band</legend>
        <p className="field__hint">Yearly. Leave an end empty for an open band.</p>
        <div className="form-row">
          <NumberField
            label="Minimum salary"
            error={errors.salaryMin}
            min={0}
            step={1000}
            value={draft.salaryMin}
            onChange={(salaryMin) => onChange({ salaryMin })}
          />
          <NumberField
            label="Maximum salary"
            error={errors.salaryMax}
            min={0}
            step={1000}
            value={draft.salaryMax}
            onChange={(salaryMax) => onChange({ salaryMax })}
          />
          <Field label="Currency" error={errors.currency}>
            {(control) => (
              <select {...control} value={draft.currency} onChange={(event) => onChange({ currency: event.target.value })}>
                <CurrencyOptions current={draft.currency} />
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
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
        <div className="form-row">
          <InputField
            label="City"
            error={errors.city}
            value={draft.city}
            autoComplete="off"
            onChange={(city) => onChange({ city })}
          />
          <CountrySelect error={errors.country} value={draft.country} onChange={(country) => onChange({ country })} />
        </div>
        <div className="form-row">
          <Field label="Time zone" hint="Where the team works." error={errors.timeZone}>
            {(control) => (
              <select {...control} value={draft.timeZone} onChange={(event) => onChange({ timeZone: event.target.value })}>
                <TimeZoneOptions current={draft.timeZone} />
              </select>
            )}
          </Field>
          <NumberField
            label="Minimum time-zone overlap (hours)"
            hint="Working hours a candidate must share with the team, 0 to 8."
            error={errors.minTimeZoneOverlapHours}
            min={0}
            max={8}
            step={1}
            value={draft.minTimeZoneOverlapHours}
            onChange={(minTimeZoneOverlapHours) => onChange({ minTimeZoneOverlapHours })}
          />
          <InputField
            label="Start date"
            error={errors.startDate}
            type="date"
            value={draft.startDate}
            onChange={(startDate) => onChange({ startDate })}
          />
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
