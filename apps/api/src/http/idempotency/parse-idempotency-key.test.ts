import { describe, expect, it } from 'vitest';
import { parseIdempotencyKey } from './parse-idempotency-key.ts';

describe('parseIdempotencyKey', () => {
  it('accepts a UUID and any 1 to 255 visible ASCII characters', () => {
    expect(parseIdempotencyKey('5f0c7c62-1b7e-4a53-9a43-3b1e2f0f9d11')).toEqual({ key: '5f0c7c62-1b7e-4a53-9a43-3b1e2f0f9d11' });
    expect(parseIdempotencyKey('!')).toEqual({ key: '!' });
    expect(parseIdempotencyKey('~'.repeat(255))).toEqual({ key: '~'.repeat(255) });
  });

  it.each([
    ['empty', '', /empty/],
    ['too long', 'k'.repeat(256), /256 characters long; it may have at most 255/],
    ['with a space (or sent twice, joined with ", ")', 'a, b', /visible ASCII/],
    ['with a tab', 'a\tb', /visible ASCII/],
    ['not ASCII', 'clé', /visible ASCII/],
  ])('says why a key %s is refused', (_case, value, problem) => {
    const parsed = parseIdempotencyKey(value);
    expect('problem' in parsed && parsed.problem).toMatch(problem);
  });
});
