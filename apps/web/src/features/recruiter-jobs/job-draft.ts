import { validateJobStartDate } from '@shortlist/domain/forms';
import type {
  CreateJobInput,
  EmploymentType,
  JobStatus,
  RemotePolicy,
  Seniority,
  SkillRequirement,
  UpdateJobInput,
} from '../../gql/graphql';

/** A skill the job asks for, as the form holds it. `minLevel` stays null until the recruiter picks one. */
export type SkillDraft = {
  skillId: string;
  name: string;
  requirement: SkillRequirement;
  minLevel: number | null;
  weight: number;
};

/** The job form's state: text as typed (numbers too), so nothing the recruiter typed is lost on an error. */
export type JobDraft = {
  title: string;
  clientCompanyId: string;
  description: string;
  seniority: Seniority;
  employmentType: EmploymentType;
  openings: string;
  minYearsExperience: string;
  skills: SkillDraft[];
  salaryMin: string;
  salaryMax: string;
  currency: string;
  remotePolicy: RemotePolicy;
  city: string;
  country: string;
  timeZone: string;
  /** yyyy-mm-dd, or "" for no start date. */
  startDate: string;
  minTimeZoneOverlapHours: string;
  status: JobStatus;
};

export const DEFAULT_WEIGHT = 3;

export function emptyJobDraft(timeZone: string): JobDraft {
  return {
    title: '',
    clientCompanyId: '',
    description: '',
    seniority: 'MID',
    employmentType: 'FULL_TIME',
    openings: '1',
    minYearsExperience: '0',
    skills: [],
    salaryMin: '',
    salaryMax: '',
    currency: 'EUR',
    remotePolicy: 'HYBRID',
    city: '',
    country: '',
    timeZone,
    startDate: '',
    minTimeZoneOverlapHours: '',
    status: 'DRAFT',
  };
}

/** The job as the API has it, in the shape the form edits. */
export type SavedJob = {
  title: string;
  clientCompany: { id: string } | null;
  description: string;
  seniority: Seniority;
  employmentType: EmploymentType;
  openings: number;
  minYearsExperience: number;
  skills: ReadonlyArray<{
    requirement: SkillRequirement;
    minLevel: number | null;
    weight: number | null;
    skill: { id: string; name: string };
  }>;
  salary: { min: number | null; max: number | null; currency: string };
  remotePolicy: RemotePolicy;
  city: string | null;
  country: string;
  timeZone: string;
  startDate: string | null;
  minTimeZoneOverlapHours: number | null;
  status: JobStatus;
};

const text = (value: number | null | undefined) => (value == null ? '' : String(value));

export function jobDraftFromJob(job: SavedJob): JobDraft {
  return {
    title: job.title,
    clientCompanyId: job.clientCompany?.id ?? '',
    description: job.description,
    seniority: job.seniority,
    employmentType: job.employmentType,
    openings: text(job.openings),
    minYearsExperience: text(job.minYearsExperience),
    skills: job.skills.map((s) => ({
      skillId: s.skill.id,
      name: s.skill.name,
      requirement: s.requirement,
      minLevel: s.requirement === 'MUST_HAVE' ? (s.minLevel ?? null) : null,
      weight: s.weight ?? DEFAULT_WEIGHT,
    })),
    salaryMin: text(job.salary.min),
    salaryMax: text(job.salary.max),
    currency: job.salary.currency,
    remotePolicy: job.remotePolicy,
    city: job.city ?? '',
    country: job.country,
    timeZone: job.timeZone,
    startDate: job.startDate ? job.startDate.slice(0, 10) : '',
    minTimeZoneOverlapHours: text(job.minTimeZoneOverlapHours),
    status: job.status,
  };
}

/** Field path (as the API names it: "salaryMax", "skills.0.minLevel") → message. */
export type DraftErrors = Record<string, string>;

const WHOLE_NUMBER = /^\d+$/;

/**
 * What the form can tell before sending: a must-have without a minimum level, a missing client, numbers that are not
 * whole. Everything else (and these too) the API checks; its messages appear next to the same fields.
 */
export function checkJobDraft(
  draft: JobDraft,
  { isNew, saved = null, now = new Date() }: { isNew: boolean; saved?: { startDate: string; status: JobStatus } | null; now?: Date },
): DraftErrors {
  const errors: DraftErrors = {};
  // B10, as the API has it: an open job does not start in the past; a draft may keep an old date, and an open job
  // whose start has come and gone can be saved with that same date.
  const isNewStart = !saved || saved.startDate !== draft.startDate || saved.status !== 'OPEN';
  if (draft.startDate && isNewStart) {
    for (const issue of validateJobStartDate(new Date(`${draft.startDate}T00:00:00.000Z`), draft.status, now)) errors[issue.field] = issue.message;
  }
  if (!draft.title.trim()) errors.title = 'Give the job a title.';
  if (isNew && !draft.clientCompanyId) errors.clientCompanyId = 'Choose the client this job is for.';
  const wholeNumbers = ['openings', 'minYearsExperience', 'salaryMin', 'salaryMax', 'minTimeZoneOverlapHours'] as const;
  for (const field of wholeNumbers) {
    const value = draft[field].trim();
    if (value !== '' && !WHOLE_NUMBER.test(value)) errors[field] = 'Enter a whole number, like 3.';
  }
  draft.skills.forEach((skill, index) => {
    if (skill.requirement === 'MUST_HAVE' && skill.minLevel === null) {
      errors[`skills.${index}.minLevel`] = `Choose the minimum level of ${skill.name} a candidate needs.`;
    }
  });
  return errors;
}

const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));
const numberOrOmit = (value: string) => (value.trim() === '' ? undefined : Number(value));

/** The fields createJob and updateJob share; only call it for a draft that checkJobDraft passed. */
function jobFieldsFromDraft(draft: JobDraft) {
  return {
    title: draft.title.trim(),
    description: draft.description,
    seniority: draft.seniority,
    employmentType: draft.employmentType,
    openings: numberOrOmit(draft.openings),
    minYearsExperience: numberOrOmit(draft.minYearsExperience),
    skills: draft.skills.map((s) =>
      s.requirement === 'MUST_HAVE'
        ? { skill: s.skillId, requirement: s.requirement, minLevel: s.minLevel }
        : { skill: s.skillId, requirement: s.requirement, weight: s.weight },
    ),
    salaryMin: numberOrNull(draft.salaryMin),
    salaryMax: numberOrNull(draft.salaryMax),
    currency: draft.currency,
    remotePolicy: draft.remotePolicy,
    city: draft.city.trim(),
    country: draft.country.trim().toUpperCase(),
    timeZone: draft.timeZone,
    startDate: draft.startDate ? `${draft.startDate}T00:00:00.000Z` : null,
    minTimeZoneOverlapHours: numberOrNull(draft.minTimeZoneOverlapHours),
    status: draft.status,
  };
}

const withoutUndefined = <T extends object>(input: T) =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as T;

export function createJobInputFromDraft(draft: JobDraft): CreateJobInput {
  return withoutUndefined({ ...jobFieldsFromDraft(draft), clientCompanyId: draft.clientCompanyId });
}

/** Every field is sent, with the version the recruiter started from, so a change made meanwhile is not overwritten. */
export function updateJobInputFromDraft(draft: JobDraft, id: string, version: number | null): UpdateJobInput {
  return withoutUndefined({ ...jobFieldsFromDraft(draft), id, ...(version === null ? {} : { version }) });
}
