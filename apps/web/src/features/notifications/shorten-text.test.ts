import { describe, expect, test } from 'vitest';
import { shortenText } from './shorten-text';

describe('shortenText', () => {
  test('keeps a text that fits as it is', () => {
    expect(shortenText('Interview moved to Tue 8 Dec, 15:00.', 280)).toEqual({ text: 'Interview moved to Tue 8 Dec, 15:00.', isShortened: false });
  });

  test('cuts a long message at a word boundary, within the limit, ending with an ellipsis', () => {
    const long = 'We are delighted to tell you more about this role. '.repeat(40);
    const { text, isShortened } = shortenText(long, 280);
    expect(isShortened).toBe(true);
    expect(Array.from(text).length).toBeLessThanOrEqual(280);
    expect(text.endsWith('…')).toBe(true);
    expect(long.startsWith(text.slice(0, -1))).toBe(true);
    expect(text).toMatch(/\w…$/);
  });

  test('cuts one endless word where the limit falls, and never splits an emoji', () => {
    const { text } = shortenText('🙂'.repeat(300), 280);
    expect(Array.from(text)).toHaveLength(280);
    expect(text).toBe(`${'🙂'.repeat(279)}…`);
  });
});
