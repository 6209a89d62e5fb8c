import { validateSkillYears, validateTargetOpportunities } from '@shortlist/domain/forms';
import type { CreateCandidateInput, EmploymentType, RemotePolicy, Seniority } from '../../gql/graphql';
import { placeFieldErrors } from '../../ui/place-field-errors';

// The register form's state (text as typed, so nothing is lost on an error) and the createCandidate input made of it.

export type RegisterSkillDraft = {
  skillId: string;
  name: string;
  /** Null until the recruiter picks one: a level is never guessed. */
  level: number | null;
  years: string;
};

export type RegisterRoleDraft = {
  /** Only for React's list keys. */
  key: string;
  title: string;
  company: string;
  /** yyyy-mm-dd */
  startDate: string;
  /** yyyy-mm-dd, or empty for the current role. */
  endDate: string;
};

export type RegisterDraft = {
  fullName: string;
  email: string;
  phone: string;
  headline: string;
  summary: string;
  seniority: Seniority;
  yearsExperience: string;
  city: string;
  country: string;
  timeZone: string;
  skills: RegisterSkillDraft[];
  experiences: RegisterRoleDraft[];
  preferences: {
    minSalary: string;
    currency: string;
    remotePreference: RemotePolicy;
    /** Cities, separated by commas. */
    preferredLocations: string;
    willingToRelocate: boolean;
    employmentTypes: EmploymentType[];
    earliestStart: string;
    noticePeriodDays: string;
    targetOpportunities: string;
  };
};

/** Per input path ("email", "skills.0.level", "preferences.minSalary"), the message next to that field. */
export type DraftErrors = Record<string, string>;

let nextKey = 0;
export const newRoleKey = () => `role-${++nextKey}`;

export function emptyRegisterDraft(timeZone: string): RegisterDraft {
  return {
    fullName: '',
    email: '',
    phone: '',
    headline: '',
    summary: '',
    seniority: 'MID',
    yearsExperience: '',
    city: '',
    country: '',
    timeZone,
    skills: [],
    experiences: [],
    preferences: {
      minSalary: '',
      currency: 'EUR',
      remotePreference: 'HYBRID',
      preferredLocations: '',
      willingToRelocate: false,
      employmentTypes: [],
      earliestStart: '',
      noticePeriodDays: '0',
      targetOpportunities: '3',
    },
  };
}

const dateTimeOf = (date: string) => `${date}T00:00:00.000Z`;
const WHOLE_NUMBER = /^\d+$/;

/**
 * createCandidate's input, or what the form can tell is missing before sending (a name, an e-mail, a country, a
 * level for each skill, a start for each role, whole numbers). The server checks the rest and answers per field.
 */
export function createCandidateInputFromDraft(
  draft: RegisterDraft,
): { input: CreateCandidateInput; errors?: never } | { input?: never; errors: DraftErrors } {
  const errors: DraftErrors = {};
  if (!draft.fullName.trim()) errors.fullName = 'Enter the full name.';
  if (!draft.email.trim()) errors.email = 'Enter an e-mail address, like sam@example.com.';
  if (!draft.country.trim()) errors.country = 'Choose the country.';

  function wholeNumber(path: string, text: string, message: string): number | null {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    if (!WHOLE_NUMBER.test(trimmed)) errors[path] = message;
    return Number(trimmed);
  }

  const yearsExperience = wholeNumber('yearsExperience', draft.yearsExperience, 'Enter whole years, like 5.');
  const skills = draft.skills.map((skill, index) => {
    if (skill.level === null) errors[`skills.${index}.level`] = `Choose how well they know ${skill.name}.`;
    const years = skill.years.trim() === '' ? 0 : Number(skill.years);
    if (!Number.isFinite(years) || years < 0) errors[`skills.${index}.years`] = 'Enter the years as a number, like 2 or 1.5.';
    return { skill: skill.skillId, level: skill.level ?? 0, years: Number.isFinite(years) ? years : 0 };
  });
  const experiences = draft.experiences.map((role, index) => {
    if (!role.startDate) errors[`experiences.${index}.startDate`] = 'Enter when the role started.';
    return {
      title: role.title,
      company: role.company,
      startDate: dateTimeOf(role.startDate),
      endDate: role.endDate ? dateTimeOf(role.endDate) : null,
    };
  });

  const p = draft.preferences;
  const minSalary = wholeNumber('preferences.minSalary', p.minSalary, 'Enter a yearly amount as a whole number, or leave it empty.');
  const noticePeriodDays = wholeNumber('preferences.noticePeriodDays', p.noticePeriodDays, 'Enter the notice in days, like 30.');
  const targetOpportunities = wholeNumber(
    'preferences.targetOpportunities',
    p.targetOpportunities,
    'Enter how many opportunities they want in flight, like 3.',
  );
  // B10, as the API checks them: at least one opportunity, and no skill used longer than the whole career.
  if (targetOpportunities !== null && errors['preferences.targetOpportunities'] === undefined) {
    for (const issue of validateTargetOpportunities(targetOpportunities)) errors[`preferences.${issue.field}`] = issue.message;
  }
  if (errors.yearsExperience === undefined) {
    for (const { index, message } of validateSkillYears(draft.skills.map((skill, index) => ({ name: skill.name, years: skills[index]!.years })), yearsExperience)) {
      errors[`skills.${index}.years`] ??= message;
    }
  }

  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      fullName: draft.fullName.trim(),
      email: draft.email.trim(),
      ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
      headline: draft.headline.trim(),
      summary: draft.summary.trim(),
      seniority: draft.seniority,
      ...(yearsExperience === null ? {} : { yearsExperience }),
      city: draft.city.trim(),
      country: draft.country.trim().toUpperCase(),
      timeZone: draft.timeZone,
      skills,
      experiences,
      preferences: {
        minSalary,
        currency: p.currency,
        remotePreference: p.remotePreference,
        preferredLocations: p.preferredLocations
          .split(',')
          .map((place) => place.trim())
          .filter((place) => place !== ''),
        willingToRelocate: p.willingToRelocate,
        employmentTypes: p.employmentTypes,
        earliestStart: p.earliestStart ? dateTimeOf(p.earliestStart) : null,
        noticePeriodDays: noticePeriodDays ?? 0,
        targetOpportunities: targetOpportunities ?? 3,
      },
    },
  };
}

const TOP_LEVEL_FIELDS = [
  'fullName',
  'email',
  'phone',
  'headline',
  'summary',
  'seniority',
  'yearsExperience',
  'city',
  'country',
  'timeZone',
  'skills',
  'experiences',
];

/** Files each error under the field that shows it ("skills.1" → that skill's level); the rest are for the whole form. */
export function placeErrors(errors: DraftErrors, draft: RegisterDraft): { fields: DraftErrors; unplaced: string[] } {
  const paths = new Set([...TOP_LEVEL_FIELDS, ...Object.keys(draft.preferences).map((name) => `preferences.${name}`)]);
  draft.skills.forEach((_, i) => ['level', 'years'].forEach((field) => paths.add(`skills.${i}.${field}`)));
  draft.experiences.forEach((_, i) =>
    ['title', 'company', 'startDate', 'endDate'].forEach((field) => paths.add(`experiences.${i}.${field}`)),
  );
  // A whole skill ("skills.1", "skills.1.skill") is shown with its level; a whole role with its title.
  return placeFieldErrors(errors, paths, (path) => {
    const skill = /^skills\.(\d+)(\.skill)?$/.exec(path);
    if (skill) return `skills.${skill[1]}.level`;
    return /^experiences\.\d+$/.test(path) ? `${path}.title` : null;
  });
}
