import { describe, expect, test } from 'vitest';
import { inputFromDraft, placeErrors, type ProfileDraft } from './profile-draft';

function buildDraft(overrides: Partial<ProfileDraft> = {}): ProfileDraft {
  return {
    version: 2,
    headline: 'Backend engineer',
    summary: '',
    yearsExperience: '6',
    timeZone: 'Europe/Lisbon',
    city: '',
    country: 'pt',
    skills: [{ skillId: 'typescript', name: 'TypeScript', level: 4, years: '', lastUsedYear: '' }],
    experiences: [],
    preferences: {
      minSalary: '',
      currency: 'EUR',
      remotePreference: 'REMOTE',
      preferredLocations: ' Lisbon, , Porto ',
      willingToRelocate: false,
      employmentTypes: [],
      earliestStart: '',
      noticePeriodDays: '0',
      targetOpportunities: '3',
    },
    ...overrides,
  };
}

describe('turning the form into the profile update', () => {
  test('sends empty texts as “not set”: no minimum salary, no earliest start, years 0, in use now', () => {
    const { input } = inputFromDraft('candidate-1', buildDraft());

    expect(input).toMatchObject({ candidateId: 'candidate-1', version: 2, country: 'PT', city: '' });
    expect(input?.skills).toEqual([{ skill: 'typescript', level: 4, years: 0, lastUsedYear: null }]);
    expect(input?.preferences).toMatchObject({ minSalary: null, earliestStart: null, preferredLocations: ['Lisbon', 'Porto'] });
  });

  test('refuses numbers it cannot send, naming the field', () => {
    const draft = buildDraft();
    draft.preferences = { ...draft.preferences, minSalary: '55000.5', noticePeriodDays: '', targetOpportunities: '-1' };
    draft.experiences = [{ key: 'e', title: 'Engineer', company: 'Acme', startDate: '', endDate: '', description: '' }];

    const { errors } = inputFromDraft('candidate-1', draft);

    expect(Object.keys(errors ?? {}).sort()).toEqual([
      'experiences.0.startDate',
      'preferences.minSalary',
      'preferences.noticePeriodDays',
      'preferences.targetOpportunities',
    ]);
  });
});

describe('placing the API’s field errors', () => {
  test('files each error under the field that shows it, and keeps the rest for the whole form', () => {
    const { fields, unplaced } = placeErrors(
      {
        'skills.0': 'Unknown skill “Typscript”. Did you mean TypeScript?',
        'preferences.preferredLocations.1': 'A location is at most 100 characters.',
        'skills.7.level': 'Level is from 1 to 5.',
        fullName: 'Enter the full name.',
      },
      buildDraft(),
    );

    expect(fields).toEqual({
      'skills.0.skill': 'Unknown skill “Typscript”. Did you mean TypeScript?',
      'preferences.preferredLocations': 'A location is at most 100 characters.',
      skills: 'Level is from 1 to 5.',
    });
    expect(unplaced).toEqual(['Enter the full name.']);
  });
});

describe('numbers that cannot be true (B10)', () => {
  test('a skill cannot have more years than the whole career, said on the skill before anything is sent', () => {
    const { errors } = inputFromDraft(
      'candidate-1',
      buildDraft({ yearsExperience: '8', skills: [{ skillId: 'docker', name: 'Docker', level: 3, years: '80', lastUsedYear: '' }] }),
    );
    expect(errors).toEqual({ 'skills.0.years': 'Docker: 80 years is more than the 8 years of experience in total.' });
  });

  test('at least one opportunity in flight', () => {
    const draft = buildDraft();
    draft.preferences = { ...draft.preferences, targetOpportunities: '0' };
    expect(inputFromDraft('candidate-1', draft).errors).toEqual({ 'preferences.targetOpportunities': 'Ask for at least one opportunity at a time.' });
  });

  test('sends the total years with the skills', () => {
    expect(inputFromDraft('candidate-1', buildDraft({ yearsExperience: '8' })).input).toMatchObject({ yearsExperience: 8 });
  });
});

