import { describe, expect, it } from 'vitest';
import { validateNoShowNote } from './validate-no-show-note.ts';

describe('validateNoShowNote', () => {
  it('refuses a no-show without a note, saying what to write', () => {
    for (const note of [null, undefined, '', '   ']) {
      const result = validateNoShowNote(note);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.fieldErrors).toEqual([{ field: 'note', message: expect.stringMatching(/^A note is required\. Say what you saw/) }]);
    }
  });

  it('refuses a note too short to say anything and one too long', () => {
    expect(validateNoShowNote('absent').ok).toBe(false);
    expect(validateNoShowNote('x'.repeat(2001)).ok).toBe(false);
  });

  it('keeps a real note, trimmed', () => {
    expect(validateNoShowNote('  Waited 20 minutes in the call; no answer by phone.  ')).toEqual({ ok: true, value: 'Waited 20 minutes in the call; no answer by phone.' });
  });

  it('asks the contesting side for their account', () => {
    const result = validateNoShowNote('', 'contest');
    expect(!result.ok && result.fieldErrors[0]?.message).toMatch(/Say what happened from your side/);
  });
});
