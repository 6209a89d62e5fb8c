import { validateSkillYears, validateTargetOpportunities } from '@shortlist/domain/forms';
import type { EmploymentType, ProfileForm_CandidateFragment, RemotePolicy, UpdateCandidateProfileInput } from '../../gql/graphql';
import { placeFieldErrors } from '../../ui/place-field-errors';

// The profile as the form holds it (text as typed), and the input updateCandidateProfile takes.

export type SkillDraft = {
  skillId: string;
  name: string;
  level: number;
  /** As typed; empty means not said (sent as 0). */
  years: string;
  /** A year, or empty for "in use now". */
  lastUsedYear: string;
};

export type ExperienceDraft = {
  /** Only for React's list keys: experiences have no id of their own. */
  key: string;
  title: string;
  company: string;
  /** yyyy-mm-dd, as a date input gives it. */
  startDate: string;
  /** yyyy-mm-dd, or empty for the current role. */
  endDate: string;
  description: string;
};

export type PreferencesDraft = {
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

export type ProfileDraft = {
  /** The version the draft started from: sent back so someone else's save is not overwritten. */
  version: number;
  headline: string;
  summary: string;
  /** Years of professional experience in total, as typed; a skill's years are at most this (B10). */
  yearsExperience: string;
  timeZone: string;
  city: string;
  country: string;
  skills: SkillDraft[];
  experiences: ExperienceDraft[];
  preferences: PreferencesDraft;
};

/** Per input path ("skills.0.level", "preferences.minSalary"), the message to show next to that field. */
export type DraftErrors = Record<string, string>;

let nextKey = 0;
export const newExperienceKey = () => `experience-${++nextKey}`;

const dateOf = (iso: string | null) => (iso ? iso.slice(0, 10) : '');
const dateTimeOf = (date: string) => `${date}T00:00:00.000Z`;

export function draftFromProfile(profile: ProfileForm_CandidateFragment): ProfileDraft {
  const { preferences } = profile;
  // Only the candidate and their agency's staff edit a profile, and both read its preferences.
  if (!preferences) throw new Error("The profile form needs the candidate's preferences, which this viewer may not read.");
  return {
    version: profile.version,
    headline: profile.headline,
    summary: profile.summary,
    yearsExperience: String(profile.yearsExperience),
    timeZone: profile.timeZone,
    city: profile.city ?? '',
    country: profile.country,
    skills: profile.skills.map((entry) => ({
      skillId: entry.skill.id,
      name: entry.skill.name,
      level: entry.level,
      years: String(entry.years),
      lastUsedYear: entry.lastUsedYear === null ? '' : String(entry.lastUsedYear),
    })),
    experiences: profile.experiences.map((entry) => ({
      key: newExperienceKey(),
      title: entry.title,
      company: entry.company,
      startDate: dateOf(entry.startDate),
      endDate: dateOf(entry.endDate),
      description: entry.description,
    })),
    preferences: {
      minSalary: preferences.minSalary === null ? '' : String(preferences.minSalary),
      currency: preferences.currency,
      remotePreference: preferences.remotePreference,
      preferredLocations: preferences.preferredLocations.join(', '),
      willingToRelocate: preferences.willingToRelocate,
      employmentTypes: [...preferences.employmentTypes],
      earliestStart: dateOf(preferences.earliestStart),
      noticePeriodDays: String(preferences.noticePeriodDays),
      targetOpportunities: String(preferences.targetOpportunities),
    },
  };
}

/**
 * The whole profile as updateCandidateProfile's input (skills and roles are replaced as a whole, so all are sent),
 * or the fields whose text cannot be sent as typed. The server checks everything else and answers per field.
 */
export function inputFromDraft(
  candidateId: string,
  draft: ProfileDraft,
): { input: UpdateCandidateProfileInput; errors?: never } | { input?: never; errors: DraftErrors } {
  const errors: DraftErrors = {};
  function wholeNumber(path: string, text: string, { optional = false, message = 'Enter a whole number.' } = {}) {
    const trimmed = text.trim();
    if (trimmed === '' && optional) return null;
    const value = Number(trimmed);
    if (trimmed === '' || !Number.isInteger(value) || value < 0) {
      errors[path] = message;
      return 0;
    }
    return value;
  }

  const yearsExperience = wholeNumber('yearsExperience', draft.yearsExperience, { message: 'Enter whole years, like 6 (0 if you are starting out).' });
  const skills = draft.skills.map((skill, index) => {
    const years = skill.years.trim() === '' ? 0 : Number(skill.years);
    if (!Number.isFinite(years) || years < 0) errors[`skills.${index}.years`] = 'Enter the years as a number, like 2 or 1.5.';
    return {
      skill: skill.skillId,
      level: skill.level,
      years: Number.isFinite(years) ? years : 0,
      lastUsedYear: skill.lastUsedYear === '' ? null : Number(skill.lastUsedYear),
    };
  });

  const experiences = draft.experiences.map((entry, index) => {
    if (entry.startDate === '') errors[`experiences.${index}.startDate`] = 'Enter when the role started.';
    return {
      title: entry.title,
      company: entry.company,
      startDate: dateTimeOf(entry.startDate),
      endDate: entry.endDate === '' ? null : dateTimeOf(entry.endDate),
      description: entry.description,
    };
  });

  for (const { index, message } of validateSkillYears(draft.skills.map((skill, index) => ({ name: skill.name, years: skills[index]!.years })), yearsExperience)) {
    errors[`skills.${index}.years`] ??= message;
  }

  const p = draft.preferences;
  const preferences = {
    minSalary: wholeNumber('preferences.minSalary', p.minSalary, {
      optional: true,
      message: 'Enter a yearly amount as a whole number, or leave it empty.',
    }),
    currency: p.currency,
    remotePreference: p.remotePreference,
    preferredLocations: p.preferredLocations
      .split(',')
      .map((place) => place.trim())
      .filter((place) => place !== ''),
    willingToRelocate: p.willingToRelocate,
    employmentTypes: p.employmentTypes,
    earliestStart: p.earliestStart === '' ? null : dateTimeOf(p.earliestStart),
    noticePeriodDays: wholeNumber('preferences.noticePeriodDays', p.noticePeriodDays, {
      message: 'Enter the notice in days (0 if you can start at once).',
    }),
    targetOpportunities: wholeNumber('preferences.targetOpportunities', p.targetOpportunities, {
      message: 'Enter how many opportunities you want in flight, like 3.',
    }),
  };
  if (errors['preferences.targetOpportunities'] === undefined) {
    for (const issue of validateTargetOpportunities(preferences.targetOpportunities ?? 0)) errors[`preferences.${issue.field}`] = issue.message;
  }

  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      candidateId,
      version: draft.version,
      headline: draft.headline,
      summary: draft.summary,
      yearsExperience,
      timeZone: draft.timeZone,
      city: draft.city,
      country: draft.country.trim().toUpperCase(),
      skills,
      experiences,
      preferences,
    },
  };
}

/** The input paths a field of the form shows errors for; anything else is shown above the form. */
export function fieldPathsOf(draft: ProfileDraft): Set<string> {
  const paths = new Set([
    'headline',
    'summary',
    'yearsExperience',
    'timeZone',
    'city',
    'country',
    'skills',
    'experiences',
    ...Object.keys(draft.preferences).map((name) => `preferences.${name}`),
  ]);
  draft.skills.forEach((_, i) => ['skill', 'level', 'years', 'lastUsedYear'].forEach((f) => paths.add(`skills.${i}.${f}`)));
  draft.experiences.forEach((_, i) =>
    ['title', 'company', 'startDate', 'endDate', 'description'].forEach((f) => paths.add(`experiences.${i}.${f}`)),
  );
  return paths;
}

/** Files each error under the field that shows it ("skills.1" → that skill's name); the rest are for the whole form. */
export function placeErrors(errors: DraftErrors, draft: ProfileDraft): { fields: DraftErrors; unplaced: string[] } {
  // A whole entry ("skills.1") is shown with its first field.
  return placeFieldErrors(errors, fieldPathsOf(draft), (path) =>
    /^skills\.\d+$/.test(path) ? `${path}.skill` : /^experiences\.\d+$/.test(path) ? `${path}.title` : null,
  );
}
