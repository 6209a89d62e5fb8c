import type { FieldError } from './validate-reasoned-action.ts';

export const NO_SHOW_NOTE_MIN_LENGTH = 10;
export const NO_SHOW_NOTE_MAX_LENGTH = 2000;

/**
 * A no-show goes on someone's record, so whoever records it says what they saw ("Waited 20 minutes in the video
 * call; no answer by phone or e-mail"), and whoever contests it says what happened from their side. Both are
 * required, 10 to 2,000 characters after trimming.
 */
export function validateNoShowNote(
  note: string | null | undefined,
  purpose: 'record' | 'contest' = 'record',
): { ok: true; value: string } | { ok: false; fieldErrors: FieldError<'note'>[] } {
  const field = 'note';
  const value = (note ?? '').trim();
  const ask = purpose === 'record' ? 'Say what you saw: who waited, for how long, how you tried to reach them.' : 'Say what happened from your side.';
  if (value.length === 0) return { ok: false, fieldErrors: [{ field, message: `A note is required. ${ask}` }] };
  if (value.length < NO_SHOW_NOTE_MIN_LENGTH) {
    return { ok: false, fieldErrors: [{ field, message: `Write at least ${NO_SHOW_NOTE_MIN_LENGTH} characters. ${ask}` }] };
  }
  if (value.length > NO_SHOW_NOTE_MAX_LENGTH) {
    return { ok: false, fieldErrors: [{ field, message: `Keep the note under ${NO_SHOW_NOTE_MAX_LENGTH.toLocaleString('en')} characters.` }] };
  }
  return { ok: true, value };
}
