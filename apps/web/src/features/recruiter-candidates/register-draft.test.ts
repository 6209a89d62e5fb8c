import { describe, expect, test } from 'vitest';
import { createCandidateInputFromDraft, emptyRegisterDraft, type RegisterDraft } from './register-draft';

const filled = (overrides: Partial<RegisterDraft> = {}): RegisterDraft => ({
  ...emptyRegisterDraft('Europe/Berlin'),
  fullName: 'Ada Obi',
  email: 'ada@example.com',
  country: 'NG',
  ...overrides,
});

describe('numbers that cannot be true, said before registering (B10)', () => {
  test('"Docker, 80 years" for someone with 8 years of experience is refused on the skill', () => {
    const { errors } = createCandidateInputFromDraft(
      filled({ yearsExperience: '8', skills: [{ skillId: 'docker', name: 'Docker', level: 3, years: '80' }] as RegisterDraft['skills'] }),
    );
    expect(errors).toEqual({ 'skills.0.years': 'Docker: 80 years is more than the 8 years of experience in total.' });
  });

  test('a target of 0 opportunities is refused', () => {
    const draft = filled();
    draft.preferences = { ...draft.preferences, targetOpportunities: '0' };
    expect(createCandidateInputFromDraft(draft).errors).toEqual({ 'preferences.targetOpportunities': 'Ask for at least one opportunity at a time.' });
  });

  test('years within the career go through', () => {
    const { input } = createCandidateInputFromDraft(
      filled({ yearsExperience: '8', skills: [{ skillId: 'docker', name: 'Docker', level: 3, years: '8' }] as RegisterDraft['skills'] }),
    );
    expect(input?.skills).toEqual([{ skill: 'docker', level: 3, years: 8 }]);
  });
});
