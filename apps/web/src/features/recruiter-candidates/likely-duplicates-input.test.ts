import { describe, expect, test } from 'vitest';
import { likelyDuplicatesInputFromDraft } from './likely-duplicates-input';

const draft = { fullName: '', email: '', phone: '', city: '', country: 'DE', skills: [] };

describe('when the register form looks for duplicates', () => {
  test('waits for a whole e-mail, a phone number or a name with a city', () => {
    expect(likelyDuplicatesInputFromDraft({ ...draft, fullName: 'Ana Lee', email: 'ana@exa' })).toBeNull();
    expect(likelyDuplicatesInputFromDraft({ ...draft, fullName: 'Ana Lee', phone: '030 12' })).toBeNull();
    expect(likelyDuplicatesInputFromDraft({ ...draft, email: 'ana@example.com' })).toMatchObject({ email: 'ana@example.com', fullName: 'ana@example.com' });
    expect(likelyDuplicatesInputFromDraft({ ...draft, fullName: 'Ana', phone: '030 1234 5678' })).toMatchObject({ phone: '030 1234 5678', email: null });
    expect(likelyDuplicatesInputFromDraft({ ...draft, fullName: 'Ana Lee', city: ' Berlin ' })).toMatchObject({ fullName: 'Ana Lee', city: 'Berlin' });
  });

  test('never asks without a country, which reads a national phone number', () => {
    expect(likelyDuplicatesInputFromDraft({ ...draft, country: '', email: 'ana@example.com' })).toBeNull();
  });

  test('sends the skills picked so far by their IDs', () => {
    const skills = [{ skillId: 'go', name: 'Go', level: 3, years: '' }];
    expect(likelyDuplicatesInputFromDraft({ ...draft, email: 'ana@example.com', skills })?.skills).toEqual(['go']);
  });
});
