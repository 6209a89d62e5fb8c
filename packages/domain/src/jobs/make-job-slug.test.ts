import { describe, expect, it } from 'vitest';
import { makeJobSlug } from './make-job-slug.ts';

const id = '0b8e4f6a-1c2d-4e5f-8a9b-3f9a1c2b7d4e';

describe('a job slug', () => {
  it('reads as the title and city in lower-case words, then the last 12 hex digits of the ID', () => {
    expect(makeJobSlug({ id, title: 'Senior Backend Engineer (Go)', city: 'Berlin' })).toBe('senior-backend-engineer-go-berlin-3f9a1c2b7d4e');
  });

  it('strips diacritics, so a Zürich job reads zurich', () => {
    expect(makeJobSlug({ id, title: 'Data Engineer', city: 'Zürich' })).toBe('data-engineer-zurich-3f9a1c2b7d4e');
    expect(makeJobSlug({ id, title: 'Développeur Senior', city: 'Malmö' })).toBe('developpeur-senior-malmo-3f9a1c2b7d4e');
    expect(makeJobSlug({ id, title: 'Straße Ærø Łódź', city: null })).toBe('strasse-aero-lodz-3f9a1c2b7d4e');
  });

  it('leaves out the city of a remote job without one', () => {
    expect(makeJobSlug({ id, title: 'Platform Engineer', city: null })).toBe('platform-engineer-3f9a1c2b7d4e');
  });

  it('keeps at most 60 characters of words and never ends them on a hyphen', () => {
    const slug = makeJobSlug({ id, title: 'Principal Staff Software Engineers for Distributed Payments Infrastructure', city: 'Amsterdam' });
    const words = slug.slice(0, -13);
    expect(words.length).toBeLessThanOrEqual(60);
    expect(words).toBe('principal-staff-software-engineers-for-distributed-payments');
    expect(slug.endsWith('-3f9a1c2b7d4e')).toBe(true);
  });

  it('is only the ID digits when the title has no letters or digits it can keep', () => {
    expect(makeJobSlug({ id, title: '日本語', city: '東京' })).toBe('3f9a1c2b7d4e');
  });

  it('gives two jobs with the same title and city different slugs', () => {
    const other = '0b8e4f6a-1c2d-4e5f-8a9b-000000000001';
    expect(makeJobSlug({ id, title: 'Go Engineer', city: 'Berlin' })).not.toBe(makeJobSlug({ id: other, title: 'Go Engineer', city: 'Berlin' }));
  });
});
