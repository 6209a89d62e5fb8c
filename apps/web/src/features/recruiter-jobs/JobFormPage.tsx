import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { JobFormPage_QueryQuery } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { navigate } from '../../routes/navigate';
import type { PageProps } from '../../routes/routes';
import { setFlashNotice } from '../../ui/flash-notice';
import { browserTimeZone } from '../../ui/format-date-time';
import { LoadError, Loading } from '../../ui/LoadError';
import { formErrorsOf, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors } from '../../ui/mutation-errors';
import {
  checkJobDraft,
  createJobInputFromDraft,
  emptyJobDraft,
  jobDraftFromJob,
  updateJobInputFromDraft,
  type JobDraft,
} from './job-draft';
import { JOB_FORM_FIELDS, JobForm } from './JobForm';
import { isSkillErrorShown } from './SkillRequirementsField';
import './recruiter-jobs.css';
import { isSameDraft, useUnsavedChangesGuard } from '../../ui/use-unsaved-changes-guard';

export const JobFormPage_job = graphql(`
  fragment JobFormPage_job on Job {
    id
    version
    title
    description
    seniority
    employmentType
    openings
    minYearsExperience
    salary {
      min
      max
      currency
    }
    remotePolicy
    city
    country
    timeZone
    startDate
    minTimeZoneOverlapHours
    status
    clientCompany {
      id
      name
    }
    skills {
      requirement
      minLevel
      weight
      skill {
        id
        name
      }
    }
  }
`);

export const JobFormPage_Query = graphql(`
  query JobFormPage_Query($jobId: ID!, $isEdit: Boolean!) {
    me {
      id
      timeZone
    }
    clientCompanies {
      id
      name
    }
    job(id: $jobId) @include(if: $isEdit) {
      id
      ...JobFormPage_job @unmask
    }
  }
`);

export const JobFormPage_CreateJob = graphql(`
  mutation JobFormPage_CreateJob($input: CreateJobInput!) {
    createJob(input: $input) {
      __typename
      ... on CreateJobSuccess {
        job {
          id
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export const JobFormPage_UpdateJob = graphql(`
  mutation JobFormPage_UpdateJob($input: UpdateJobInput!) {
    updateJob(input: $input) {
      __typename
      ... on UpdateJobSuccess {
        job {
          id
          ...JobFormPage_job
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/** Create a job (/recruiter/jobs/new) or edit one (/recruiter/jobs/:jobId/edit). */
export default function JobFormPage({ params }: PageProps) {
  const jobId = params.jobId ?? null;
  const isNew = jobId === null;
  const { data, error, refetch } = useQuery(JobFormPage_Query, {
    variables: { jobId: jobId ?? '', isEdit: !isNew },
  });
  const title = isNew ? 'New job' : 'Edit job';

  let body;
  if (error && !data) {
    body = <LoadError what={isNew ? 'the form' : 'this job'} error={error} onRetry={() => refetch().catch(() => {})} />;
  } else if (!data) {
    body = <Loading>{isNew ? 'Loading…' : 'Loading the job…'}</Loading>;
  } else if (!isNew && !data.job) {
    body = (
      <div className="notice" role="status">
        <p>
          <strong>This job does not exist, or it is not one of your agency's.</strong>
        </p>
        <p>
          <Link href="/recruiter">Back to your jobs</Link>
        </p>
      </div>
    );
  } else {
    const job = data.job ?? null;
    body = (
      <JobEditor
        // A fresh editor per job: its draft starts from that job.
        key={job?.id ?? 'new'}
        job={job}
        timeZone={data.me?.timeZone ?? browserTimeZone()}
        clients={data.clientCompanies}
        reload={() => refetch()}
      />
    );
  }

  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>{title}</h1>
        <p className="page__lede">
          {isNew
            ? 'A role at one of your clients. Save it as a draft, or open it to publish it and find candidates.'
            : 'Changes apply to suggestions at once; proposals already made keep the match they were made with.'}
        </p>
      </header>
      {body}
    </main>
  );
}

type LoadedJob = NonNullable<JobFormPage_QueryQuery['job']>;

function JobEditor({
  job,
  timeZone,
  clients,
  reload,
}: {
  job: LoadedJob | null;
  timeZone: string;
  clients: ReadonlyArray<{ id: string; name: string }>;
  reload: () => Promise<unknown>;
}) {
  const isNew = job === null;
  const [draft, setDraft] = useState<JobDraft>(() => (job ? jobDraftFromJob(job) : emptyJobDraft(timeZone)));
  // What the form started from (or the version shown since): leaving with anything else asks first (B14).
  const [savedDraft, setSavedDraft] = useState<JobDraft>(draft);
  useUnsavedChangesGuard(!isSameDraft(draft, savedDraft));
  // The version the recruiter's edits are based on; it only moves when they have seen the newer one.
  const [baseVersion, setBaseVersion] = useState<number | null>(job?.version ?? null);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [errorCount, setErrorCount] = useState(0);
  const [isStale, setIsStale] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const [createJob, { loading: isCreating }] = useMutation(JobFormPage_CreateJob, {
    // The list of jobs has a new member; it loads afresh next time.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'jobs' });
      cache.gc();
    },
  });
  const [updateJob, { loading: isUpdating }] = useMutation(JobFormPage_UpdateJob, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'jobs' });
      cache.gc();
    },
  });
  const isSaving = isCreating || isUpdating;

  // After each failed attempt, take the recruiter to the first field to fix (or to the message when none is).
  useEffect(() => {
    if (errorCount === 0) return;
    const firstInvalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (firstInvalid ?? alertRef.current)?.focus();
  }, [errorCount]);

  function showErrors(next: FormErrors) {
    setErrors(next);
    setErrorCount((count) => count + 1);
  }

  function change(patch: Partial<JobDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving || isStale) return;
    const problems = checkJobDraft(draft, { isNew, saved: job ? jobDraftFromJob(job) : null });
    if (Object.keys(problems).length > 0) {
      showErrors({ fields: problems, form: null, isStale: false });
      return;
    }
    setErrors(NO_FORM_ERRORS);
    try {
      if (job === null) {
        const { data } = await createJob({ variables: { input: createJobInputFromDraft(draft) } });
        const result = data?.createJob;
        if (result?.__typename === 'CreateJobSuccess') {
          // Shown (and focused) on the job's page the form leads to.
          setFlashNotice('Job created.');
          navigate(`/recruiter/jobs/${encodeURIComponent(result.job.id)}`);
        }
        else if (result) showErrors(formErrorsOf(result));
      } else {
        const { data } = await updateJob({ variables: { input: updateJobInputFromDraft(draft, job.id, baseVersion) } });
        const result = data?.updateJob;
        if (result?.__typename === 'UpdateJobSuccess') {
          setFlashNotice('Changes saved.');
          navigate(`/recruiter/jobs/${encodeURIComponent(result.job.id)}`);
        } else if (result?.__typename === 'InvalidTransitionError') {
          setIsStale(true);
          showErrors(NO_FORM_ERRORS);
          await reload().catch(() => {});
        } else if (result) {
          showErrors(formErrorsOf(result));
        }
      }
    } catch (failure) {
      showErrors(formErrorsOfFailure(failure));
    }
  }

  /** Someone else saved first: keep the recruiter's edits, but from now on save over the version they were told of. */
  function keepMyChanges() {
    setBaseVersion(job?.version ?? null);
    setIsStale(false);
  }

  function showTheirVersion() {
    if (!job) return;
    setDraft(jobDraftFromJob(job));
    setSavedDraft(jobDraftFromJob(job));
    setBaseVersion(job.version ?? null);
    setErrors(NO_FORM_ERRORS);
    setIsStale(false);
  }

  const unplaced = Object.entries(errors.fields).filter(
    ([field]) => !JOB_FORM_FIELDS.has(field) && !isSkillErrorShown(field, draft.skills.length),
  );
  const hasFieldErrors = Object.keys(errors.fields).length > 0;
  const cancelHref = job ? `/recruiter/jobs/${encodeURIComponent(job.id)}` : '/recruiter';

  return (
    <form ref={formRef} className="form job-form" noValidate onSubmit={handleSubmit} aria-busy={isSaving}>
      {isStale && (
        <div role="alert" className="notice notice--error form__error" ref={alertRef} tabIndex={-1}>
          <p>
            <strong>Someone else changed this job while you were editing it.</strong> Your changes are still in the
            form and nothing was saved.
          </p>
          <div className="form__actions">
            <button type="button" className="button" onClick={keepMyChanges}>
              Keep my changes
            </button>
            <button type="button" className="button button--secondary" onClick={showTheirVersion}>
              Show their version
            </button>
          </div>
        </div>
      )}
      {!isStale && (errors.form || hasFieldErrors) && (
        <div role="alert" className="notice notice--error form__error" ref={alertRef} tabIndex={-1}>
          <p>
            <strong>{errors.form ?? 'Some fields need a change: see the messages next to them.'}</strong>
          </p>
          {unplaced.length > 0 && (
            <ul>
              {unplaced.map(([field, message]) => (
                <li key={field}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <JobForm
        draft={draft}
        onChange={change}
        errors={errors.fields}
        isNew={isNew}
        clients={clients}
        clientName={job?.clientCompany.name ?? null}
      />

      <div className="form__actions">
        {/* aria-disabled (with the guard in handleSubmit), not disabled: a disabled button would drop the focus. */}
        <button type="submit" className="button" aria-disabled={isSaving || isStale || undefined}>
          {isNew ? 'Create job' : 'Save changes'}
        </button>
        <Link href={cancelHref} className="button button--quiet">
          Cancel
        </Link>
        <span role="status" className="form__status">
          {isSaving ? (isNew ? 'Creating the job…' : 'Saving…') : ''}
        </span>
      </div>
    </form>
  );
}
