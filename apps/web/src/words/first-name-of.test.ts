import { describe, expect, it } from 'vitest';
import { firstNameOf } from './first-name-of';

describe('firstNameOf', () => {
  it('is the first word of the name, whatever the spacing', () => {
    expect(firstNameOf('  Sam   Okafor ')).toBe('Sam');
    expect(firstNameOf('Priya')).toBe('Priya');
  });
});
