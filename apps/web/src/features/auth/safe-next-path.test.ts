import { describe, expect, test } from 'vitest';
import { safeNextPath } from './safe-next-path';

const origin = 'https://shortlist.test';

describe('the address to return to after signing in', () => {
  test('is a path of this site, with its query string', () => {
    expect(safeNextPath('/recruiter/jobs?status=OPEN', origin)).toBe('/recruiter/jobs?status=OPEN');
  });

  test('is nothing when there is no next address', () => {
    expect(safeNextPath(null, origin)).toBeNull();
    expect(safeNextPath('', origin)).toBeNull();
  });

  test.each([
    'https://evil.test/recruiter',
    '//evil.test/recruiter',
    '/\\evil.test',
    '/\t/evil.test',
    'javascript:alert(1)',
    'recruiter',
  ])('never leaves the site (%s)', (next) => {
    expect(safeNextPath(next, origin)).toBeNull();
  });

  test('does not return to the sign-in page itself', () => {
    expect(safeNextPath('/sign-in?next=%2Fme', origin)).toBeNull();
  });
});
