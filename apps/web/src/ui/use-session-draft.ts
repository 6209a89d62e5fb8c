import { useState } from 'react';

function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {
    // Storage full or refused (a private window): the draft lives only as long as the page, as before.
  }
}

/**
 * A text being written that survives a reload of the tab (B14): kept in sessionStorage under `key` while it differs
 * from `initial` (the suggested text), until `discard` (back to `initial`) or `clear` (after sending).
 */
export function useSessionDraft(
  key: string,
  initial: () => string,
): { value: string; setValue: (value: string) => void; isRestored: boolean; isEdited: boolean; discard: () => void; clear: () => void } {
  const [suggested] = useState(initial);
  const [restored] = useState(() => read(key));
  const [value, setValueState] = useState(restored ?? suggested);
  return {
    value,
    isRestored: restored !== null && restored !== suggested,
    isEdited: value !== suggested,
    setValue(next) {
      setValueState(next);
      write(key, next === suggested ? null : next);
    },
    discard() {
      setValueState(suggested);
      write(key, null);
    },
    clear() {
      write(key, null);
    },
  };
}
